package org.switchboard.shared.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What the models concluded from one PBX event, collected while the event passes through them in
 * turn: the domain events they produced and the anomalies they met. One instance per event, on the
 * thread that applies it; not shared. The state changes are kept too, for the log.
 */
public final class Consequences {

    private final List<DomainEvent> events = new ArrayList<>();
    private final List<Anomaly> anomalies = new ArrayList<>();
    private final List<Move> moves = new ArrayList<>();

    public void add(DomainEvent event) {
        events.add(event);
    }

    public void anomaly(Anomaly anomaly) {
        anomalies.add(anomaly);
    }

    /** A state machine changed state. */
    public void moved(Move move) {
        moves.add(move);
    }

    public List<Move> moves() {
        return List.copyOf(moves);
    }

    public List<DomainEvent> events() {
        return List.copyOf(events);
    }

    public List<Anomaly> anomalies() {
        return List.copyOf(anomalies);
    }
}
