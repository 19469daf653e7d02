package org.switchboard.shared.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One step a state machine took, for the log line {@code FROM --TRIGGER--> TO}: which call and channel it
 * concerns (when it does), and the names of the states and the trigger.
 */
public record Move(Optional<CallId> callId, Optional<ChannelId> channelId, String subject, String from,
        String trigger, String to) {

    public Move {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(subject, "subject");
    }

    @Override
    public String toString() {
        return subject + ": " + from + " --" + trigger + "--> " + to;
    }
}
