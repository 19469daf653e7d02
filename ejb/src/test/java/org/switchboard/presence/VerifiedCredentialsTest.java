package org.switchboard.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.scripted.SettableClock;
import org.switchboard.testkit.Await;

/** Credentials that passed the full check are taken again for a while, and only those, and only as they were. */
class VerifiedCredentialsTest {

    private static final Duration SOON = Duration.ofSeconds(10);

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

    @Test
    void givenTheSameCredentialsWhileTheirFullCheckRuns_thenTheyWaitForIt_andTheHashIsComputedOnce() throws Exception {
        AtomicInteger hashes = new AtomicInteger();
        CountDownLatch hashing = new CountDownLatch(1);
        CountDownLatch hashed = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> credentials.checkOnce("cti-1", "s3cret",
                () -> {
                    hashes.incrementAndGet();
                    hashing.countDown();
                    await(hashed);
                    return true;
                }));
        hashing.await();
        AtomicReference<Boolean> second = new AtomicReference<>();
        Thread another = new Thread(() -> second.set(credentials.checkOnce("cti-1", "s3cret", () -> {
            hashes.incrementAndGet();
            return true;
        })));
        another.start();
        Await.until("the second request waits", () -> another.getState() == Thread.State.WAITING, SOON);

        assertThat(credentials.checkOnce("cti-1", "guess", () -> {
            hashes.incrementAndGet();
            return false;
        })).as("other credentials run their own check").isFalse();
        hashed.countDown();
        another.join(SOON.toMillis());

        assertThat(first.get()).isTrue();
        assertThat(second.get()).isTrue();
        assertThat(hashes.get()).isEqualTo(2);
        assertThat(credentials.recentlyVerified("cti-1", "s3cret")).isTrue();
        assertThat(credentials.recentlyVerified("cti-1", "guess")).isFalse();
    }

    @Test
    void givenAFullCheckThatFails_thenNothingIsRemembered_andTheNextRequestChecksAgain() {
        AtomicInteger hashes = new AtomicInteger();

        assertThat(credentials.checkOnce("cti-1", "s3cret", () -> hashes.incrementAndGet() < 0)).isFalse();
        assertThat(credentials.checkOnce("cti-1", "s3cret", () -> hashes.incrementAndGet() > 0)).isTrue();

        assertThat(hashes.get()).isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
