package org.switchboard.queue.model;

import java.time.Instant;
import java.util.Optional;

import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.DomainEvent;

/**
 * Something changed in a queue: a caller joined, left or abandoned it (then the call id is known), a
 * member was added, removed, paused or unpaused, or changed status, or the whole queue was reloaded from a
 * resynchronisation.
 *
 * @param member the member's interface, for member changes
 * @param detail the pause reason, the new status, or empty
 */
public record QueueChanged(String queue, Instant at, Change change, Optional<CallId> callId,
        Optional<String> member, String detail) implements DomainEvent {

    /** What changed. */
    public enum Change {
        CALLER_JOINED, CALLER_LEFT, CALLER_ABANDONED, MEMBER_ADDED, MEMBER_REMOVED, MEMBER_PAUSED,
        MEMBER_UNPAUSED, MEMBER_STATUS, RESYNCHRONIZED
    }
}
