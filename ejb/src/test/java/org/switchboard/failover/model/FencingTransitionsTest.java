package org.switchboard.failover.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.shared.model.Outcome;

/**
 * Walks every state and trigger pair of both roles' fencing machines against a specification written apart from
 * the tables: listed moves happen with their effects (F = store flags, A = store activity), everything else is
 * rejected with a reason.
 */
class FencingTransitionsTest {

    /** role, from, trigger, to, effects. */
    private static final String SPEC = """
            PRIMARY CLEAR STARTED CLEAR -
            PRIMARY CLEAR CRITICAL_FAILURE SMITHED F
            PRIMARY CLEAR DEACTIVATE SMITHED F
            PRIMARY CLEAR STONITH_HEARD STONITHED F
            PRIMARY CLEAR ACTIVATE CLEAR -
            PRIMARY CLEAR ACTIVITY_DETECTED CLEAR -
            PRIMARY SMITHED STARTED SMITHED -
            PRIMARY SMITHED CRITICAL_FAILURE SMITHED -
            PRIMARY SMITHED DEACTIVATE SMITHED -
            PRIMARY SMITHED STONITH_HEARD STONITHED F
            PRIMARY SMITHED ACTIVATE CLEAR F
            PRIMARY SMITHED ACTIVITY_DETECTED SMITHED -
            PRIMARY STONITH_ONLY STARTED STONITHED F
            PRIMARY STONITH_ONLY CRITICAL_FAILURE STONITHED F
            PRIMARY STONITH_ONLY DEACTIVATE STONITHED F
            PRIMARY STONITH_ONLY STONITH_HEARD STONITHED F
            PRIMARY STONITH_ONLY ACTIVATE CLEAR F
            PRIMARY STONITH_ONLY ACTIVITY_DETECTED STONITH_ONLY -
            PRIMARY STONITHED STARTED STONITHED -
            PRIMARY STONITHED CRITICAL_FAILURE STONITHED -
            PRIMARY STONITHED DEACTIVATE STONITHED -
            PRIMARY STONITHED STONITH_HEARD STONITHED -
            PRIMARY STONITHED ACTIVATE CLEAR F
            PRIMARY STONITHED ACTIVITY_DETECTED STONITHED -
            SECONDARY CLEAR STARTED CLEAR -
            SECONDARY CLEAR ACTIVITY_DETECTED ACTIVITY A
            SECONDARY CLEAR CRITICAL_FAILURE SMITHED F
            SECONDARY CLEAR DEACTIVATE SMITHED F
            SECONDARY CLEAR ACTIVATE CLEAR -
            SECONDARY ACTIVITY STARTED ACTIVITY -
            SECONDARY ACTIVITY ACTIVITY_DETECTED ACTIVITY -
            SECONDARY ACTIVITY CRITICAL_FAILURE SMITHED FA
            SECONDARY ACTIVITY DEACTIVATE SMITHED FA
            SECONDARY ACTIVITY ACTIVATE ACTIVITY -
            SECONDARY SMITHED STARTED SMITHED -
            SECONDARY SMITHED ACTIVITY_DETECTED SMITHED -
            SECONDARY SMITHED CRITICAL_FAILURE SMITHED -
            SECONDARY SMITHED DEACTIVATE SMITHED -
            SECONDARY SMITHED ACTIVATE CLEAR F
            SECONDARY STONITH_ONLY STARTED STONITH_ONLY -
            SECONDARY STONITH_ONLY ACTIVITY_DETECTED STONITH_ONLY -
            SECONDARY STONITH_ONLY CRITICAL_FAILURE STONITHED F
            SECONDARY STONITH_ONLY DEACTIVATE STONITHED F
            SECONDARY STONITH_ONLY ACTIVATE STONITH_ONLY -
            SECONDARY STONITHED STARTED STONITHED -
            SECONDARY STONITHED ACTIVITY_DETECTED STONITHED -
            SECONDARY STONITHED CRITICAL_FAILURE STONITHED -
            SECONDARY STONITHED DEACTIVATE STONITHED -
            SECONDARY STONITHED ACTIVATE STONITH_ONLY F
            """;

    private static final Map<String, String> MOVES = new HashMap<>();

    static {
        SPEC.lines().map(String::trim).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] f = line.split(" ");
            MOVES.put(f[0] + " " + f[1] + " " + f[2], f[3] + " " + f[4]);
        });
    }

    static Stream<Arguments> everyPair() {
        return Arrays.stream(SiteRole.values()).flatMap(role -> Arrays.stream(FencingState.values())
                .flatMap(state -> Arrays.stream(FencingTrigger.values()).map(t -> Arguments.of(role, state, t))));
    }

    @ParameterizedTest(name = "{0} {1} --{2}-->")
    @MethodSource("everyPair")
    void everyStateAndTriggerPair_movesAsSpecifiedOrIsRejectedWithAReason(SiteRole role, FencingState from,
            FencingTrigger trigger) {
        Outcome<FencingState, FencingTrigger> outcome = FencingTransitions.of(role).fire(from, trigger);
        String expected = MOVES.get(role + " " + from + " " + trigger);

        if (expected == null) {
            assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
            assertThat(((Outcome.Rejected<?, ?>) outcome).reason()).contains(trigger.name());
            return;
        }
        String[] parts = expected.split(" ");
        assertThat(outcome).isInstanceOf(Outcome.Moved.class);
        Outcome.Moved<FencingState, FencingTrigger> moved = (Outcome.Moved<FencingState, FencingTrigger>) outcome;
        assertThat(moved.to()).isEqualTo(FencingState.valueOf(parts[0]));
        List<FencingEffect> effects = parts[1].equals("-") ? List.of()
                : parts[1].chars().mapToObj(c -> c == 'F' ? FencingEffect.STORE_FLAGS : FencingEffect.STORE_ACTIVITY)
                        .toList();
        assertThat(moved.effects()).containsExactlyElementsOf(effects);
    }

    static Stream<Arguments> everyMove() {
        return MOVES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyMove")
    void aMoveThatChangesTheFlagsStoresThem_andNoMoveClearsAFlagExceptActivate(String pair, String target) {
        String[] from = pair.split(" ");
        FencingState before = FencingState.valueOf(from[1]);
        FencingState after = FencingState.valueOf(target.split(" ")[0]);
        boolean flagsChanged = !before.flags().equals(after.flags());

        assertThat(target.contains("F")).as("stores flags exactly when they change").isEqualTo(flagsChanged);
        boolean clearsAFlag = before.flags().smith() && !after.flags().smith()
                || before.flags().stonith() && !after.flags().stonith();
        if (clearsAFlag) {
            assertThat(from[2]).isEqualTo("ACTIVATE");
        }
    }
}
