package org.switchboard.shared.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A PBX event that a model could not fit into what it knows: an answer for a channel it never saw, a
 * second hang-up, a trigger the party's state does not accept. Anomalies are reported and counted,
 * never thrown: the PBX is the truth, and the next resynchronisation repairs the model.
 *
 * @param callId the call concerned, when the event names one
 * @param eventType the simple name of the PBX event, e.g. {@code ChannelHungUp}
 * @param reason what did not fit
 */
public record Anomaly(Optional<CallId> callId, String eventType, String reason) {

    public Anomaly {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(reason, "reason");
    }
}
