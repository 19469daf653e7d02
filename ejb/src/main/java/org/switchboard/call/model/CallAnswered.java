package org.switchboard.call.model;

import java.time.Instant;

import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;

/**
 * A dialled party answered the call: {@code device} on {@code channel}. A call can be answered more than
 * once (after a transfer, the transfer target answers it too); {@code first} tells the first answer,
 * which is the one the call detail record keeps.
 */
public record CallAnswered(CallId call, Instant at, String device, ChannelId channel, boolean first)
        implements CallEvent {
}
