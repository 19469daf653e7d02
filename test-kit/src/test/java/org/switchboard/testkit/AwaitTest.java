package org.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class AwaitTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    @Test
    void givenAConditionThatAlreadyHolds_thenItReturnsAfterOneCheck() {
        AtomicInteger checks = new AtomicInteger();

        Await.until(() -> checks.incrementAndGet() > 0, PATIENCE);

        assertThat(checks).hasValue(1);
    }

    @Test
    void givenAConditionThatHoldsOnTheThirdCheck_thenItPollsUntilThen() {
        AtomicInteger checks = new AtomicInteger();

        Await.until(() -> checks.incrementAndGet() == 3, PATIENCE);

        assertThat(checks).hasValue(3);
    }

    @Test
    void givenAConditionThatHoldsOnAnotherThread_thenItSeesTheChange() throws InterruptedException {
        AtomicInteger flag = new AtomicInteger();
        Thread flipper = new Thread(() -> flag.set(1));

        flipper.start();
        Await.until("the flag to flip", () -> flag.get() == 1, PATIENCE);
        flipper.join();

        assertThat(flag).hasValue(1);
    }

    @Test
    void givenAConditionThatNeverHolds_thenItFailsWithTheDescriptionAndTheTimeout() {
        assertThatThrownBy(() -> Await.until("the moon to turn blue", () -> false, Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the moon to turn blue")
                .hasMessageContaining("50 ms");
    }

    @Test
    void givenAConditionThatNeverHolds_thenItWaitsAtLeastTheTimeout() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> Await.until(() -> false, Duration.ofMillis(100))).isInstanceOf(AssertionError.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }

    @Test
    void givenAConditionThatThrows_thenTheExceptionIsNotSwallowed() {
        assertThatThrownBy(() -> Await.until(() -> {
            throw new IllegalStateException("broken probe");
        }, PATIENCE)).isInstanceOf(IllegalStateException.class).hasMessage("broken probe");
    }

    @Test
    void givenAValueThatAppearsOnTheSecondCheck_thenValueReturnsIt() {
        AtomicInteger checks = new AtomicInteger();

        String value = Await.value(() -> checks.incrementAndGet() < 2 ? Optional.empty() : Optional.of("ready"), PATIENCE);

        assertThat(value).isEqualTo("ready");
        assertThat(checks).hasValue(2);
    }

    @Test
    void givenAValueThatNeverAppears_thenValueFailsNamingIt() {
        assertThatThrownBy(() -> Await.value("the parked call", Optional::empty, Duration.ofMillis(20)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the parked call");
    }

    @Test
    void givenAZeroTimeout_thenTheConditionIsStillCheckedOnce() {
        AtomicInteger checks = new AtomicInteger();

        Await.until(() -> checks.incrementAndGet() == 1, Duration.ZERO);

        assertThat(checks).hasValue(1);
    }

    @Test
    void givenAnInterruptedThread_thenItFailsAndKeepsTheInterruptFlag() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Await.until("an interrupt", () -> false, PATIENCE))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
