package org.switchboard.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
