package org.switchboard.call.model;

import java.time.Instant;
import java.util.Optional;

import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;

/**
 * The party on {@code transferer} transferred its peer ({@code transferee}) to {@code target}: an
 * extension ({@code 204@internal}) for a blind transfer, for an attended one the device of the party the
 * transferee talks to once it is done (the real phone, seen through the Local channels AMI Atxfer uses).
 * Only successful transfers are reported.
 */
public record CallTransferred(CallId call, Instant at, Kind kind, String transferer,
        Optional<ChannelId> transferee, String target) implements CallEvent {

    /** How the transfer was made. */
    public enum Kind {
        BLIND, ATTENDED
    }
}
