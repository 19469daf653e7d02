package org.switchboard.pbx.scripted;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Plays events with the recorded gaps between their {@code Timestamp} headers, divided by a speed; an event
 * without a timestamp follows the previous one at once. Stops early when {@code stop} opens.
 */
final class Pacing {

    private final double speed;
    private final CountDownLatch stop;

    Pacing(double speed, CountDownLatch stop) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive: " + speed);
        }
        this.speed = speed;
        this.stop = stop;
    }

    void play(List<AmiMessage> events, Consumer<AmiMessage> emit) {
        BigDecimal previous = null;
        for (AmiMessage event : events) {
            BigDecimal at = timestamp(event);
            if (previous != null && at != null && at.compareTo(previous) > 0 && !pause(at.subtract(previous))) {
                return;
            }
            previous = at != null ? at : previous;
            emit.accept(event);
        }
    }

    /** Waits for the scaled gap; false when told to stop. */
    private boolean pause(BigDecimal gapSeconds) {
        long nanos = (long) (gapSeconds.doubleValue() * 1e9 / speed);
        try {
            return !stop.await(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static BigDecimal timestamp(AmiMessage event) {
        try {
            return event.get("Timestamp").map(BigDecimal::new).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
