package org.switchboard.health.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One run of a probe: what it found, the value it measured in words an operator reads ({@code "load 1.7 on 2
 * cores"}, {@code "93 % used"}), why when it is not OK, when it was taken and how long the check took.
 */
public record ProbeReading(Probe probe, ProbeLevel level, String value, String detail, Instant at, Duration took) {

    public ProbeReading {
        Objects.requireNonNull(probe, "probe");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(took, "took");
        if (level != ProbeLevel.OK && detail.isBlank()) {
            throw new IllegalArgumentException("a reading that is not OK must say why: " + probe);
        }
    }
}
