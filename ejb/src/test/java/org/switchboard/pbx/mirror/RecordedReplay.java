package org.switchboard.pbx.mirror;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.switchboard.call.model.TrunkRule;
import org.switchboard.pbx.ami.RecordedSessions;
import org.switchboard.pbx.model.ConnectionEvent.PbxSynchronized;
import org.switchboard.pbx.model.DeviceState;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.model.PbxSnapshot;
import org.switchboard.pbx.model.QueueMemberInfo;
import org.switchboard.pbx.model.Stamp;
import org.switchboard.shared.model.Anomaly;
import org.switchboard.shared.model.DomainEvent;

/**
 * A recorded session replayed straight into a mirror with the production trunk rule, without a socket:
 * the mirror starts from a snapshot of the recorded office at rest (its phones and queues, written from
 * {@code pbx-config}: every recorded session starts with an idle PBX), then takes the session's live events
 * as the translator makes them. Keeps every domain event and anomaly.
 */
final class RecordedReplay {

    final PbxMirror mirror = new PbxMirror(TrunkRule.parse(null));
    final List<PbxEvent> pbxEvents;
    private final List<DomainEvent> events = new ArrayList<>();
    private final List<Anomaly> anomalies = new ArrayList<>();
    private int next;

    RecordedReplay(String traceName) {
        pbxEvents = RecordedSessions.pbxEvents(traceName);
        Instant start = pbxEvents.isEmpty() ? Instant.EPOCH : pbxEvents.get(0).stamp().pbxTime();
        apply(new PbxSynchronized(Stamp.at(start), office(traceName.startsWith("chan_sip/") ? "SIP" : "PJSIP", start),
                "replay"));
    }

    /**
     * The recorded office at rest, on one channel driver: phones 201 to 206 free, the trunk, and the queues
     * of {@code queues.conf} (GeneralQueue with both desks, each desk's personal queue).
     */
    static PbxSnapshot office(String technology, Instant at) {
        Map<String, DeviceState> devices = new HashMap<>();
        for (int phone = 201; phone <= 206; phone++) {
            devices.put(technology + "/" + phone, DeviceState.NOT_INUSE);
        }
        devices.put(technology + "/trunk", DeviceState.NOT_INUSE);
        String desk1 = technology + "/201";
        String desk2 = technology + "/202";
        return new PbxSnapshot(at, List.of(), List.of(
                queue("GeneralQueue", member("GeneralQueue", desk1, "Reception Desk 1"),
                        member("GeneralQueue", desk2, "Reception Desk 2")),
                queue("PersonalQueue201", member("PersonalQueue201", desk1, "Reception Desk 1")),
                queue("PersonalQueue202", member("PersonalQueue202", desk2, "Reception Desk 2"))),
                List.of(), devices, List.of());
    }

    private static PbxSnapshot.QueueState queue(String name, QueueMemberInfo... members) {
        return new PbxSnapshot.QueueState(name, "ringall", List.of(members), List.of());
    }

    private static QueueMemberInfo member(String queue, String device, String name) {
        return new QueueMemberInfo(queue, device, name, device, DeviceState.NOT_INUSE, false, "", 0,
                Optional.empty(), false, 0, false);
    }

    /** Replays the session up to and including the first event still to come that {@code stop} accepts. */
    RecordedReplay through(Predicate<PbxEvent> stop) {
        while (next < pbxEvents.size()) {
            PbxEvent event = pbxEvents.get(next++);
            apply(event);
            if (stop.test(event)) {
                return this;
            }
        }
        throw new AssertionError("the session has no more event the test waits for");
    }

    /** Replays the rest of the session. */
    RecordedReplay all() {
        while (next < pbxEvents.size()) {
            apply(pbxEvents.get(next++));
        }
        return this;
    }

    private void apply(PbxEvent event) {
        Applied applied = mirror.apply(event);
        events.addAll(applied.events());
        anomalies.addAll(applied.anomalies());
    }

    List<DomainEvent> events() {
        return List.copyOf(events);
    }

    <E extends DomainEvent> List<E> events(Class<E> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    List<Anomaly> anomalies() {
        return List.copyOf(anomalies);
    }
}
