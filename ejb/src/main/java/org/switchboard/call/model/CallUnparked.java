package org.switchboard.call.model;

import java.time.Instant;
import java.util.Optional;

import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;

/**
 * The parked party on {@code parkee} left {@code space} of {@code lot}: picked up by {@code retriever}
 * (a device), timed out, or hung up.
 */
public record CallUnparked(CallId call, Instant at, ChannelId parkee, String lot, String space, How how,
        Optional<String> retriever) implements CallEvent {

    /** How the parked call left its space. */
    public enum How {
        /** Someone dialled the space, or the console took it back. */
        PICKED_UP,
        /** Nobody picked it up in time; the PBX sends it back (by default, to the parker). */
        TIMED_OUT,
        /** The parked caller hung up. */
        GAVE_UP
    }
}
