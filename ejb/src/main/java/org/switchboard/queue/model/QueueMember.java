package org.switchboard.queue.model;

import java.time.Instant;
import java.util.Optional;

import org.switchboard.pbx.model.DeviceState;
import org.switchboard.pbx.model.QueueMemberInfo;

/**
 * A member of a queue, as a read-only value.
 *
 * @param memberInterface the interface the queue rings, e.g. {@code PJSIP/202}; it identifies the member
 * @param status the member's device state as the queue sees it
 * @param callsTaken the calls it took from this queue
 * @param lastCall when it last finished a call from this queue
 * @param inCall whether it is on a call from this queue now
 */
public record QueueMember(String memberInterface, String name, DeviceState status, boolean paused,
        String pausedReason, int callsTaken, Optional<Instant> lastCall, boolean inCall, int penalty,
        boolean dynamic) {

    static QueueMember of(QueueMemberInfo info) {
        return new QueueMember(info.memberInterface(), info.name(), info.status(), info.paused(),
                info.pausedReason(), info.callsTaken(), info.lastCall(), info.inCall(), info.penalty(),
                info.dynamic());
    }

    QueueMember paused(boolean nowPaused, String reason) {
        return new QueueMember(memberInterface, name, status, nowPaused, nowPaused ? reason : "", callsTaken,
                lastCall, inCall, penalty, dynamic);
    }

    QueueMember inCall(boolean nowInCall) {
        return new QueueMember(memberInterface, name, status, paused, pausedReason, callsTaken, lastCall,
                nowInCall, penalty, dynamic);
    }
}
