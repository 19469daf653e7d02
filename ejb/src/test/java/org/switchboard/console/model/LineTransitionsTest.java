package org.switchboard.console.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.shared.model.Outcome;

/** The line table is exactly its reviewed spec, and every pair moves as specified or is refused with a reason. */
class LineTransitionsTest {

    private static final String SPEC = TableSpec.read("line-table.txt");

    @Test
    void theTable_isItsReviewedSpec() {
        assertThat(TableSpec.render(LineTransitions.TABLE, LineState.values())).isEqualTo(SPEC);
    }

    static Stream<Arguments> everyPair() {
        return Arrays.stream(LineState.values()).flatMap(state -> Arrays.stream(ConsoleTrigger.values())
                .map(trigger -> Arguments.of(state, trigger)));
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("everyPair")
    void everyPair_movesToTheSpecifiedStateOrIsRefused(LineState state, ConsoleTrigger trigger) {
        Situation idle = new Situation(Desks.in(ConsoleState.IDLE), Attempt.of(trigger), Optional.empty());
        String rules = TableSpec.lineOf(SPEC, state, trigger);

        Outcome<LineState, ConsoleTrigger> outcome = LineTransitions.TABLE.fire(state, trigger, idle);

        if (rules == null) {
            assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, rejected -> assertThat(
                    rejected.reason()).contains(state.name()).contains(trigger.name()));
        } else {
            assertThat(outcome).isInstanceOfSatisfying(Outcome.Moved.class,
                    moved -> assertThat(rules).contains(" " + moved.to()));
        }
    }

    @ParameterizedTest
    @EnumSource(ConsoleTrigger.class)
    void gone_isFinal(ConsoleTrigger trigger) {
        Situation idle = new Situation(Desks.in(ConsoleState.IDLE), Attempt.of(trigger), Optional.empty());

        assertThat(LineTransitions.TABLE.fire(LineState.GONE, trigger, idle)).isInstanceOf(Outcome.Rejected.class);
    }
}
