package org.switchboard.call.model;

import java.time.Instant;
import java.util.Objects;

import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;

/** The call started waiting in a queue, or a device started ringing for it. */
public record CallOffered(CallId call, Instant at, Target target) implements CallEvent {

    public CallOffered {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(target, "target");
    }

    /** Where the call was offered. */
    public sealed interface Target {
    }

    /** The call joined the queue {@code name}. */
    public record ToQueue(String name) implements Target {
    }

    /** The PBX dials {@code device} (e.g. {@code PJSIP/202}) on {@code channel} for the call. */
    public record ToDevice(String device, ChannelId channel) implements Target {
    }
}
