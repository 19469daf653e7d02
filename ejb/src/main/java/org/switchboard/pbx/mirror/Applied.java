package org.switchboard.pbx.mirror;

import java.util.List;

import org.switchboard.shared.model.Anomaly;
import org.switchboard.shared.model.DomainEvent;
import org.switchboard.shared.model.Move;

/**
 * What one PBX event did to the mirror: the domain events the models produced, in the order they
 * produced them (call, parking, queue, phone), the anomalies they met, and the party state changes.
 */
public record Applied(List<DomainEvent> events, List<Anomaly> anomalies, List<Move> moves) {

    public Applied {
        events = List.copyOf(events);
        anomalies = List.copyOf(anomalies);
        moves = List.copyOf(moves);
    }

    public Applied(List<DomainEvent> events, List<Anomaly> anomalies) {
        this(events, anomalies, List.of());
    }

    /** The events of one kind, e.g. {@code applied.events(CallEnded.class)}. */
    public <E extends DomainEvent> List<E> events(Class<E> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public boolean clean() {
        return anomalies.isEmpty();
    }
}
