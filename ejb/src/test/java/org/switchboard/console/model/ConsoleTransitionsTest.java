package org.switchboard.console.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.shared.model.Outcome;

/**
 * The session table is exactly its reviewed spec ({@code session-table.txt}: every pair with its rules, their
 * guards and effects), and every state and trigger pair, fired with every possible target at sessions built in
 * that state by real steps, moves only where the spec says (and somewhere, when the spec has rules) or is refused
 * with a reason naming the trigger.
 */
class ConsoleTransitionsTest {

    private static final String SPEC = TableSpec.read("session-table.txt");

    @Test
    void theTable_isItsReviewedSpec() {
        assertThat(TableSpec.render(ConsoleTransitions.TABLE, ConsoleState.values())).isEqualTo(SPEC);
    }

    static Stream<Arguments> everyPair() {
        return Arrays.stream(ConsoleState.values()).flatMap(state -> Arrays.stream(ConsoleTrigger.values())
                .map(trigger -> Arguments.of(state, trigger)));
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("everyPair")
    void everyPair_movesAsSpecifiedSomewhereOrIsAlwaysRefusedWithAReason(ConsoleState state, ConsoleTrigger trigger) {
        String rules = TableSpec.lineOf(SPEC, state, trigger);
        List<ConsoleState> reached = new ArrayList<>();
        for (Supplier<ConsoleSession> variant : Desks.variants(state)) {
            for (Attempt attempt : attemptsFor(variant.get(), trigger)) {
                ConsoleSession desk = variant.get();
                Step step = desk.fire(attempt);
                if (step.session() instanceof Outcome.Moved<ConsoleState, ConsoleTrigger> moved) {
                    assertThat(desk.state()).isEqualTo(moved.to());
                    reached.add(moved.to());
                } else {
                    assertThat(step.rejection().orElseThrow()).as(attempt.toString()).contains(trigger.name());
                    assertThat(desk.state()).isEqualTo(state);
                }
            }
        }
        if (rules == null) {
            assertThat(reached).as("no rule, so always refused").isEmpty();
        } else {
            assertThat(reached).as("some target, some variant moves").isNotEmpty()
                    .allSatisfy(to -> assertThat(rules).contains(" " + to.name()));
        }
    }

    @Test
    void aPairWithoutRule_isRefusedNamingTheStateAndTheTrigger() {
        Step step = Desks.in(ConsoleState.IDLE).fire(Attempt.command(ConsoleTrigger.COUPLE, 3));

        assertThat(step.rejection()).contains("COUPLE is not allowed in IDLE (allowed now: "
                + Desks.in(ConsoleState.IDLE).allowedCommands() + ")");
    }

    /** Every target a client or the PBX could give this trigger on this desk: none, each line, each call, a new call. */
    static List<Attempt> attemptsFor(ConsoleSession desk, ConsoleTrigger trigger) {
        Attempt bare = trigger == ConsoleTrigger.LOG_IN ? Attempt.logIn(7, false)
                : trigger.isCommand() ? Attempt.command(trigger, 7) : Attempt.of(trigger);
        Attempt withText = bare.withArgument(trigger == ConsoleTrigger.LOG_IN ? Attempt.AVAILABLE : "204")
                .withNote("VIP");
        List<Attempt> attempts = new ArrayList<>();
        attempts.add(withText);
        for (LineNo line : LineNo.values()) {
            attempts.add(withText.onLine(line));
            attempts.add(withText.onLine(line).withFacts(Desks.caller(Desks.NEW)));
        }
        desk.entries().forEach(entry -> attempts.add(withText.onCall(entry.call())));
        attempts.add(withText.withFacts(Desks.caller(Desks.NEW)));
        return attempts;
    }
}
