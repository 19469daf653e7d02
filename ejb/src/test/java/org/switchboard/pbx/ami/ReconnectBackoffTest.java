package org.switchboard.pbx.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The reconnect policy: each kind of failure counts until it is disproved, and no wait exceeds the maximum. */
class ReconnectBackoffTest {

    private static final Duration MIN = Duration.ofMillis(100);
    private static final Duration MAX = Duration.ofMillis(800);

    private final ReconnectBackoff backoff = new ReconnectBackoff(MIN, MAX);

    @Test
    void givenFailedAttempts_thenTheWaitDoublesUpToTheMaximum() {
        assertThat(backoff.attemptFailed()).isEqualTo(MIN);
        assertThat(backoff.attemptFailed()).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.attemptFailed()).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.attemptFailed()).isEqualTo(MAX);
        for (int i = 0; i < 100; i++) {
            assertThat(backoff.attemptFailed()).isEqualTo(MAX);
        }
    }

    @Test
    void givenManyFailedAttempts_whenALoginSucceedsAndTheLinkIsLostBeforeItsSnapshot_thenTheWaitStartsAgainFromTheMinimum() {
        for (int i = 0; i < 10; i++) {
            backoff.attemptFailed();
        }

        backoff.loggedIn();

        assertThat(backoff.linkLost(false)).isEqualTo(MIN);
    }

    @Test
    void givenLoginsWhoseSnapshotsFail_thenTheyCountUntilASnapshotSynchronises() {
        backoff.loggedIn();
        assertThat(backoff.linkLost(false)).isEqualTo(MIN);
        backoff.loggedIn();
        assertThat(backoff.linkLost(false)).isEqualTo(Duration.ofMillis(200));
        backoff.loggedIn();
        assertThat(backoff.linkLost(false)).isEqualTo(Duration.ofMillis(400));

        backoff.loggedIn();
        backoff.synchronised();

        assertThat(backoff.linkLost(true)).isEqualTo(MIN);
    }
}
