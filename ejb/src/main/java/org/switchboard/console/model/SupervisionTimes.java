package org.switchboard.console.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a call may wait under supervision before it comes back: in a parking space, ringing the extension
 * of a directed park, and camping on a busy extension.
 */
public record SupervisionTimes(Duration park, Duration directedPark, Duration campOn) {

    public SupervisionTimes {
        positive("park", park);
        positive("directedPark", directedPark);
        positive("campOn", campOn);
    }

    /** The time allowed to a call entering {@code state}. */
    public Duration of(LineState state) {
        return switch (state) {
            case PARKED -> park;
            case DIR_PARKED -> directedPark;
            case CAMPING -> campOn;
            default -> throw new IllegalArgumentException(state + " is not supervised");
        };
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }
}
