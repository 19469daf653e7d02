package org.switchboard.health.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The last readings of one probe, oldest first, at most {@link #BOUND}: at the default interval of two seconds
 * that is the last few minutes. Not thread-safe: its owner guards it.
 */
public final class ProbeHistory {

    /** How many readings are kept per probe. */
    public static final int BOUND = 100;

    private final Deque<ProbeReading> readings = new ArrayDeque<>();

    public void add(ProbeReading reading) {
        if (readings.size() == BOUND) {
            readings.removeFirst();
        }
        readings.addLast(reading);
    }

    public Optional<ProbeReading> latest() {
        return Optional.ofNullable(readings.peekLast());
    }

    public List<ProbeReading> readings() {
        return List.copyOf(readings);
    }
}
