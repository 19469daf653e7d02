package org.switchboard.pbx.model;

import java.time.Instant;
import java.util.Optional;

/**
 * A queue member as the PBX reports it (QueueMember list item, QueueMemberStatus, QueueMemberAdded).
 *
 * @param memberInterface the interface the queue rings, e.g. {@code PJSIP/202}; it identifies the member
 * @param name the member's display name
 * @param stateInterface the device whose state the queue watches
 * @param status the member's device state
 * @param lastCall when the member last finished a queue call, if ever
 * @param inCall whether the member is on a call from this queue now
 * @param dynamic whether the member was added at runtime rather than configured
 */
public record QueueMemberInfo(String queue, String memberInterface, String name, String stateInterface,
        DeviceState status, boolean paused, String pausedReason, int callsTaken, Optional<Instant> lastCall,
        boolean inCall, int penalty, boolean dynamic) {

    public QueueMemberInfo {
        pausedReason = pausedReason == null ? "" : pausedReason.strip();
    }
}
