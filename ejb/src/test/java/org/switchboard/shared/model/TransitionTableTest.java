package org.switchboard.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class TransitionTableTest {

    enum Lamp { OFF, ON, BROKEN }

    enum Press { SWITCH, DROP }

    private final TransitionTable<Lamp, Press> table = TransitionTable.of(Lamp.class, Press.class)
            .allow(Lamp.OFF, Press.SWITCH, Lamp.ON)
            .allow(Lamp.ON, Press.SWITCH, Lamp.OFF)
            .allow(Lamp.ON, Press.DROP, Lamp.BROKEN)
            .build();

    @Test
    void givenARule_whenFired_thenMoved() {
        assertThat(table.fire(Lamp.OFF, Press.SWITCH)).isEqualTo(new Outcome.Moved<>(Lamp.OFF, Press.SWITCH, Lamp.ON));
    }

    @Test
    void givenNoRule_whenFired_thenRejectedNamingStateTriggerAndWhatIsAllowed() {
        Outcome<Lamp, Press> outcome = table.fire(Lamp.OFF, Press.DROP);

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, rejected ->
                assertThat(rejected.reason()).isEqualTo("DROP is not allowed in OFF (allowed there: [SWITCH])"));
        assertThat(table.fire(Lamp.BROKEN, Press.SWITCH)).isInstanceOfSatisfying(Outcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).endsWith("(allowed there: none)"));
    }

    @Test
    void allowed_givesTheTriggersOfAState() {
        assertThat(table.allowed(Lamp.ON)).containsExactly(Press.SWITCH, Press.DROP);
        assertThat(table.allowed(Lamp.BROKEN)).isEmpty();
        assertThat(table.target(Lamp.ON, Press.DROP)).contains(Lamp.BROKEN);
    }

    @Test
    void aSelfMove_isMovedButNotChanged() {
        var selfMove = TransitionTable.of(Lamp.class, Press.class).allow(Lamp.ON, Press.SWITCH, Lamp.ON).build();

        assertThat(selfMove.fire(Lamp.ON, Press.SWITCH)).isInstanceOfSatisfying(Outcome.Moved.class,
                moved -> assertThat(moved.changed()).isFalse());
    }

    @Test
    void aRuleDeclaredTwice_isRefusedWhenBuilding() {
        var builder = TransitionTable.of(Lamp.class, Press.class).allow(Lamp.OFF, Press.SWITCH, Lamp.ON);

        assertThatThrownBy(() -> builder.allow(Lamp.OFF, Press.SWITCH, Lamp.BROKEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OFF --SWITCH-->");
    }

    record Room(boolean daylight) {
    }

    record SwitchedOn() implements Effect {
    }

    private static final Guard<Room> DARK = Guard.of("the room is dark", room -> !room.daylight());

    private final TransitionTable<Lamp, Press> guarded = TransitionTable.of(Lamp.class, Press.class)
            .allow(Lamp.OFF, Press.SWITCH, DARK, Lamp.ON, new SwitchedOn())
            .allow(Lamp.ON, Press.SWITCH, DARK, Lamp.OFF)
            .allow(Lamp.ON, Press.SWITCH, Lamp.ON)
            .build();

    @Test
    void givenAGuardThatHolds_whenFired_thenMovedWithTheRulesEffects() {
        assertThat(guarded.fire(Lamp.OFF, Press.SWITCH, new Room(false)))
                .isEqualTo(new Outcome.Moved<>(Lamp.OFF, Press.SWITCH, Lamp.ON, List.of(new SwitchedOn())));
    }

    @Test
    void givenAGuardThatFails_whenFired_thenRejectedQuotingTheGuard() {
        assertThat(guarded.fire(Lamp.OFF, Press.SWITCH, new Room(true))).isInstanceOfSatisfying(Outcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo("SWITCH is not allowed in OFF unless the room is dark"));
    }

    @Test
    void givenSeveralRules_thenTheFirstWhoseGuardHoldsIsTaken() {
        assertThat(guarded.fire(Lamp.ON, Press.SWITCH, new Room(false))).isEqualTo(
                new Outcome.Moved<>(Lamp.ON, Press.SWITCH, Lamp.OFF));
        assertThat(guarded.fire(Lamp.ON, Press.SWITCH, new Room(true))).isEqualTo(
                new Outcome.Moved<>(Lamp.ON, Press.SWITCH, Lamp.ON));
    }

    @Test
    void allowedInAContext_countsOnlyRulesWhoseGuardHolds() {
        assertThat(guarded.allowed(Lamp.OFF, new Room(true))).isEmpty();
        assertThat(guarded.allowed(Lamp.OFF, new Room(false))).containsExactly(Press.SWITCH);
        assertThat(guarded.allowed(Lamp.OFF)).containsExactly(Press.SWITCH);
    }

    @Test
    void aGuardedPair_cannotBeFiredWithoutAContext() {
        assertThatThrownBy(() -> guarded.fire(Lamp.OFF, Press.SWITCH)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("guarded");
    }

    @Test
    void aRuleAfterAnUnguardedOne_isRefusedAsUnreachable() {
        var builder = TransitionTable.of(Lamp.class, Press.class).allow(Lamp.OFF, Press.SWITCH, Lamp.ON);

        assertThatThrownBy(() -> builder.allow(Lamp.OFF, Press.SWITCH, DARK, Lamp.BROKEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never taken");
    }

    @Test
    void aGuardOfSeveralParts_namesThePartThatFails() {
        Guard<Room> lit = Guard.of("the lamp has a bulb", room -> true);
        Guard<Room> both = Guard.all(lit, DARK);

        assertThat(both.unmet(new Room(true))).contains("the room is dark");
        assertThat(both.unmet(new Room(false))).isEmpty();
        assertThat(both.name()).isEqualTo("the lamp has a bulb and the room is dark");
    }

    @Test
    void aNegatedGuard_holdsWhenTheGuardDoesNot() {
        assertThat(DARK.negate().holds(new Room(true))).isTrue();
        assertThat(DARK.negate().name()).isEqualTo("not (the room is dark)");
    }

    @Test
    void trunkDevices_tellTrunksPhonesAndOthers() {
        TrunkDevices devices = TrunkDevices.matching(device -> device.startsWith("PJSIP/trunk"));

        assertThat(devices.kindOf("PJSIP/trunk")).isEqualTo(DeviceKind.TRUNK);
        assertThat(devices.kindOf("PJSIP/201")).isEqualTo(DeviceKind.PHONE);
        assertThat(devices.kindOf("Local/204@internal")).isEqualTo(DeviceKind.OTHER);
        assertThat(devices.kindOf("Queue:GeneralQueue")).isEqualTo(DeviceKind.OTHER);
        assertThat(TrunkDevices.matching("PJSIP/provider"::equals).kindOf("PJSIP/provider"))
                .isEqualTo(DeviceKind.TRUNK);
    }
}
