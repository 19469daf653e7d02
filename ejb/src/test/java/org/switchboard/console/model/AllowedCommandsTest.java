package org.switchboard.console.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The allowed commands a session keeps between changes of what its guards read are always the ones planned
 * afresh: after every trigger with every target, on every variant of the table tests' desks in every state, and
 * along long walks of steps from each of them (a stale list would offer a button that the server then refuses,
 * or hide one it would take).
 */
class AllowedCommandsTest {

    private static final int WALK_STEPS = 60;

    @ParameterizedTest
    @EnumSource(ConsoleState.class)
    void afterAnyOneStep_theKeptAllowedCommandsAreThosePlannedAfresh(ConsoleState state) {
        int steps = 0;
        for (Supplier<ConsoleSession> variant : Desks.variants(state)) {
            assertKeptEqualsPlanned(variant.get(), "as built");
            for (ConsoleTrigger trigger : ConsoleTrigger.values()) {
                for (Attempt attempt : ConsoleTransitionsTest.attemptsFor(variant.get(), trigger)) {
                    ConsoleSession desk = variant.get();
                    desk.allowedCommands(); // kept before the step
                    desk.fire(attempt);
                    assertKeptEqualsPlanned(desk, attempt.toString());
                    steps++;
                }
            }
        }
        assertThat(steps).isGreaterThan(100);
    }

    @ParameterizedTest
    @EnumSource(ConsoleState.class)
    void alongWalksOfSteps_theKeptAllowedCommandsAreThosePlannedAfresh(ConsoleState state) {
        Random random = new Random(state.ordinal());
        int moved = 0;
        for (Supplier<ConsoleSession> variant : Desks.variants(state)) {
            ConsoleSession desk = variant.get();
            List<String> walk = new ArrayList<>();
            for (int i = 0; i < WALK_STEPS; i++) {
                desk.allowedCommands();
                ConsoleTrigger[] triggers = ConsoleTrigger.values();
                List<Attempt> attempts = ConsoleTransitionsTest.attemptsFor(desk, triggers[random.nextInt(triggers.length)]);
                Attempt attempt = attempts.get(random.nextInt(attempts.size()));
                if (desk.fire(attempt).moved()) {
                    moved++;
                }
                walk.add(attempt.toString());
                assertKeptEqualsPlanned(desk, String.join(" then ", walk));
            }
        }
        assertThat(moved).isPositive();
    }

    private static void assertKeptEqualsPlanned(ConsoleSession desk, String after) {
        assertThat(desk.allowedCommands()).as(after).isEqualTo(desk.planAllowedCommands());
    }
}
