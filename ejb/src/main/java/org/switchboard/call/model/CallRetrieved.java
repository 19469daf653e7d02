package org.switchboard.call.model;

import java.time.Instant;

import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;

/** The party on {@code device} took the call off hold. */
public record CallRetrieved(CallId call, Instant at, String device, ChannelId channel) implements CallEvent {
}
