package org.switchboard.call.model;

import java.time.Duration;
import java.time.Instant;

import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;

/**
 * The party on {@code parkee} was parked in {@code space} of {@code lot} by {@code parker} (a device or
 * dial string, e.g. {@code PJSIP/202}); it returns after {@code timeout} unless picked up.
 */
public record CallParked(CallId call, Instant at, ChannelId parkee, String lot, String space, String parker,
        Duration timeout) implements CallEvent {
}
