package org.switchboard.pbx;

import org.switchboard.shared.model.DomainEvent;

/**
 * A part of the application that hears what the PBX model concludes (the CDR store, the CallEvents topic,
 * and the console and presence to come). Each consumer is a CDI bean; {@link DomainEventDispatcher} finds them
 * all and gives each its own lanes, so a slow or failing consumer never holds up the PBX model or the others.
 * Events about one call reach a consumer one at a time, in the order the model produced them.
 */
public interface DomainEventConsumer {

    /** A short name for the logs and the counters, e.g. {@code cdr-store}. */
    String name();

    /** Whether this consumer wants the event at all; those it does not want are never queued for it. */
    default boolean wants(DomainEvent event) {
        return true;
    }

    /** Handles one event, on a worker thread with the event's call id in the logging context; may throw. */
    void accept(DomainEvent event);
}
