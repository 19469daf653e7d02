package org.switchboard.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.scripted.SettableClock;

/** Credentials that passed the full check are taken again for a while, and only those, and only as they were. */
class VerifiedCredentialsTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-26T08:00:00Z"));
    private final VerifiedCredentials credentials = new VerifiedCredentials(clock);

    @Test
    void givenCredentialsThatVerified_thenTakenUntilTheirTimeToLiveRunsOut() {
        credentials.verified("cti-1", "s3cret");

        assertThat(credentials.recentlyVerified("cti-1", "s3cret")).isTrue();
        clock.advance(VerifiedCredentials.TIME_TO_LIVE.minusMillis(1));
        assertThat(credentials.recentlyVerified("cti-1", "s3cret")).isTrue();
        clock.advance(Duration.ofMillis(1));
        assertThat(credentials.recentlyVerified("cti-1", "s3cret")).isFalse();
    }

    @Test
    void givenAnotherPasswordOrName_thenNotTaken() {
        credentials.verified("cti-1", "s3cret");

        assertThat(credentials.recentlyVerified("cti-1", "s3cret ")).isFalse();
        assertThat(credentials.recentlyVerified("cti-1", "")).isFalse();
        assertThat(credentials.recentlyVerified("cti-2", "s3cret")).isFalse();
        assertThat(credentials.recentlyVerified("cti-1", "s3cret")).as("a miss forgets nothing").isTrue();
    }

    @Test
    void givenANameForgotten_thenItsCredentialsNeedTheFullCheckAgain() {
        credentials.verified("cti-1", "s3cret");

        credentials.forget("cti-1");

        assertThat(credentials.recentlyVerified("cti-1", "s3cret")).isFalse();
    }

    @Test
    void givenANewPasswordVerified_thenTheOldOneIsNoLongerTaken() {
        credentials.verified("cti-1", "old");

        credentials.verified("cti-1", "new");

        assertThat(credentials.recentlyVerified("cti-1", "old")).isFalse();
        assertThat(credentials.recentlyVerified("cti-1", "new")).isTrue();
    }
}
