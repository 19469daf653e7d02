package org.switchboard.presence;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * How many password hashes (Argon2id, some 19 MiB and a third of a second each) the integrations' log ins may compute
 * at once. A flood of requests with wrong or unknown credentials would otherwise take the heap and every core; past
 * the limit a check waits a little, then is refused as busy (the API answers 503 with Retry-After), never queued
 * without end.
 */
final class HashingLimit {

    private final Semaphore permits;
    private final Duration patience;

    HashingLimit(int atOnce, Duration patience) {
        this.permits = new Semaphore(atOnce, true);
        this.patience = patience;
    }

    /** Runs {@code check} within the limit. */
    boolean check(BooleanSupplier check) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new PresenceBusy("too many password checks at once; try again");
        }
        try {
            return check.getAsBoolean();
        } finally {
            permits.release();
        }
    }
}
