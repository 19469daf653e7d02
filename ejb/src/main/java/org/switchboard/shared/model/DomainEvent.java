package org.switchboard.shared.model;

import java.time.Instant;
import java.util.Optional;

/**
 * Something our models concluded, in past tense (a call was answered, a phone became busy, a queue
 * changed), as opposed to what the PBX reported. Domain events travel inside the application and on the
 * JMS topics; the call id, when there is one, is their correlation id.
 */
public interface DomainEvent {

    /** When it happened, on the PBX's clock. */
    Instant at();

    /** The call it is about, if any: the correlation id in logs and on JMS messages. */
    Optional<CallId> callId();

    /** A stable short name for the kind of event, e.g. {@code CallAnswered}; the JMS eventType property. */
    default String eventType() {
        return getClass().getSimpleName();
    }
}
