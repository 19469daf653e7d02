package org.switchboard.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class HashingLimitTest {

    @Test
    void givenTheLimitTaken_whenAnotherCheckComes_thenItIsRefusedAsBusyAfterItsPatience_andTakenOnceAPermitIsFree()
            throws Exception {
        HashingLimit limit = new HashingLimit(1, Duration.ofMillis(50));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> limit.check(() -> {
            inside.countDown();
            try {
                return release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> limit.check(() -> true)).isInstanceOf(PresenceBusy.class)
                .hasMessageContaining("too many password checks");

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(limit.check(() -> true)).isTrue();
    }

    @Test
    void givenACheckThatThrows_whenRun_thenItsPermitIsGivenBack() {
        HashingLimit limit = new HashingLimit(1, Duration.ofMillis(50));
        assertThatThrownBy(() -> limit.check(() -> {
            throw new IllegalStateException("broken hash");
        })).hasMessage("broken hash");
        assertThat(limit.check(() -> false)).isFalse();
    }
}
