package org.switchboard.failover.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A critical failure shoots the site only once it has taken calls since it started. */
class SmithArmingTest {

    @Test
    void givenASiteThatNeverTookCalls_thenACriticalFailureDoesNotShootIt() {
        SmithArming arming = new SmithArming();

        arming.verdict(false);

        assertThat(arming.armed()).isFalse();
    }

    @Test
    void givenASiteThatTookCallsOnce_thenItStaysArmedWhenItRefusesLater() {
        SmithArming arming = new SmithArming();

        arming.verdict(true);
        arming.verdict(false);

        assertThat(arming.armed()).isTrue();
    }

    @Test
    void givenTheSameProbeFailingAgainBeforeArmed_thenOnlyItsFirstFailureIsNew() {
        SmithArming arming = new SmithArming();

        assertThat(arming.firstFailureOf("SIP_SELF_TEST")).isTrue();
        assertThat(arming.firstFailureOf("SIP_SELF_TEST")).isFalse();
        assertThat(arming.firstFailureOf("DB_DIRECTORY")).isTrue();
    }
}
