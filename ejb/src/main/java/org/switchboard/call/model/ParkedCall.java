package org.switchboard.call.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;

/**
 * A call waiting in a parking space, as a read-only value.
 *
 * @param parkeeName the parked channel's name
 * @param parker who parked it: a device or dial string, e.g. {@code PJSIP/202}
 * @param parkedAt when it was parked, on our clock (compare with {@link #remaining(Clock)})
 * @param timeout how long the lot keeps it before sending it back
 */
public record ParkedCall(CallId call, ChannelId parkee, String parkeeName, String lot, String space,
        String parker, Instant parkedAt, Duration timeout) {

    /** How long it has waited so far. */
    public Duration parkedFor(Clock clock) {
        Duration parked = Duration.between(parkedAt, clock.instant());
        return parked.isNegative() ? Duration.ZERO : parked;
    }

    /** How long until the lot sends it back; zero once overdue. */
    public Duration remaining(Clock clock) {
        Duration left = timeout.minus(parkedFor(clock));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
