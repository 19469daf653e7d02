package org.switchboard.console.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import org.switchboard.shared.model.CallId;

/**
 * A command sent to the PBX and not yet confirmed by its events: which, with the client's number for it, the
 * call it is about, its argument (the extension of a directed park or a camp on), and since when. Only one at a time per session; the service ends it with a failure when
 * the PBX refuses or stays silent.
 */
public record Pending(ConsoleTrigger command, OptionalLong commandSeq, Optional<CallId> call, String argument,
        Instant since) {

    public Pending {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(commandSeq, "commandSeq");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(argument, "argument");
        Objects.requireNonNull(since, "since");
    }
}
