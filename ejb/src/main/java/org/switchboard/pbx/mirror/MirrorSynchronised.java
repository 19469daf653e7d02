package org.switchboard.pbx.mirror;

import java.time.Instant;
import java.util.Optional;

import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.DomainEvent;

/**
 * The picture of the PBX was rebuilt from a snapshot (after a log in to the PBX, a reboot of the PBX, or a resync
 * asked for): it comes after the events the rebuild produced. What the PBX forgot while the link was down, or
 * lost when it restarted (the dynamic members of its queues, for example), is only seen by comparing the picture
 * with what should be, which the consumers that care do when they hear this.
 *
 * @param complete false when the PBX refused some of its lists (those parts are shown as last known)
 */
public record MirrorSynchronised(Instant at, String cause, boolean complete) implements DomainEvent {

    @Override
    public Optional<CallId> callId() {
        return Optional.empty();
    }
}
