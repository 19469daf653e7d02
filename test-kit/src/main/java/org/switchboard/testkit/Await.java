package org.switchboard.testkit;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a condition with a deadline, the one way tests wait. It polls every few milliseconds with
 * {@link LockSupport#parkNanos(long)} and fails with an {@link AssertionError} that says what it waited for.
 * Exceptions thrown by the condition are not swallowed.
 */
public final class Await {

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private Await() {
    }

    /** Waits until {@code condition} holds. */
    public static void until(BooleanSupplier condition, Duration timeout) {
        until("the condition to hold", condition, timeout);
    }

    /** Waits until {@code condition} holds; {@code description} says what for, in the failure message. */
    public static void until(String description, BooleanSupplier condition, Duration timeout) {
        Objects.requireNonNull(condition, "condition");
        value(description, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty(), timeout);
    }

    /** Waits until {@code supplier} returns a value, and returns it. */
    public static <T> T value(Supplier<Optional<T>> supplier, Duration timeout) {
        return value("a value", supplier, timeout);
    }

    /** Waits until {@code supplier} returns a value, and returns it; {@code description} names the value. */
    public static <T> T value(String description, Supplier<Optional<T>> supplier, Duration timeout) {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(timeout, "timeout");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> value = supplier.get();
            if (value.isPresent()) {
                return value.get();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + description);
            }
            LockSupport.parkNanos(Math.min(left, POLL_NANOS));
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + description);
            }
        }
    }
}
