package org.switchboard.health.probe;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.switchboard.health.model.Probe;
import org.switchboard.health.model.ProbeLevel;
import org.switchboard.health.model.ProbeReading;

/**
 * Runs one probe's measure with its time taken, and turns anything it throws into an UNKNOWN reading with the
 * reason, so a check never throws (a probe whose failure is a FAILED reading, such as the database's, catches
 * its own errors first).
 */
final class Measurement {

    /** A probe's measure, given how long it has run so far. */
    @FunctionalInterface
    interface Measure {
        ProbeReading take(Supplier<Duration> took) throws Exception;
    }

    private Measurement() {
    }

    static ProbeReading take(Probe probe, Instant now, Measure measure) {
        long start = System.nanoTime();
        Supplier<Duration> took = () -> Duration.ofNanos(System.nanoTime() - start);
        try {
            return measure.take(took);
        } catch (Exception | LinkageError e) {
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new ProbeReading(probe, ProbeLevel.UNKNOWN, "not measured", "the measure failed: " + reason, now,
                    took.get());
        }
    }
}
