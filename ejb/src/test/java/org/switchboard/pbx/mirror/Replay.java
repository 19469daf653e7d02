package org.switchboard.pbx.mirror;

import java.util.ArrayList;
import java.util.List;

import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.model.PbxEvents;
import org.switchboard.shared.model.Anomaly;
import org.switchboard.shared.model.DomainEvent;

/** Feeds events to a fresh mirror and keeps everything it concluded, for the scenario tests. */
final class Replay {

    final PbxEvents pbx = new PbxEvents();
    final PbxMirror mirror = new PbxMirror();
    private final List<DomainEvent> events = new ArrayList<>();
    private final List<Anomaly> anomalies = new ArrayList<>();

    /** Applies the events in order; returns what they produced together. */
    Applied apply(PbxEvent... batch) {
        List<DomainEvent> produced = new ArrayList<>();
        List<Anomaly> met = new ArrayList<>();
        for (PbxEvent event : batch) {
            Applied applied = mirror.apply(event);
            produced.addAll(applied.events());
            met.addAll(applied.anomalies());
        }
        events.addAll(produced);
        anomalies.addAll(met);
        return new Applied(produced, met);
    }

    <E extends DomainEvent> List<E> events(Class<E> kind) {
        return new Applied(events, anomalies).events(kind);
    }

    List<Anomaly> anomalies() {
        return List.copyOf(anomalies);
    }
}
