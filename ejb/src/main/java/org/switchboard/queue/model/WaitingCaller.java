package org.switchboard.queue.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.switchboard.pbx.model.CallerId;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;

/**
 * A caller waiting in a queue, as a read-only value.
 *
 * @param position 1 for the next caller to be served
 * @param joinedAt when it started waiting, on our clock (compare with {@link #waited(Clock)})
 */
public record WaitingCaller(CallId call, ChannelId channel, CallerId caller, int position, Instant joinedAt) {

    /** How long it has waited so far. */
    public Duration waited(Clock clock) {
        Duration waited = Duration.between(joinedAt, clock.instant());
        return waited.isNegative() ? Duration.ZERO : waited;
    }

    WaitingCaller at(int newPosition) {
        return new WaitingCaller(call, channel, caller, newPosition, joinedAt);
    }
}
