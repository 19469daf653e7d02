package org.switchboard.console.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A parked, directed-parked or camping call's watch: for whom it waits (the extension, or the parking space)
 * and until when. When the deadline passes the call comes back to the receptionist, or to the general queue.
 */
public record Supervision(String target, Instant deadline) {

    public Supervision {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(deadline, "deadline");
    }
}
