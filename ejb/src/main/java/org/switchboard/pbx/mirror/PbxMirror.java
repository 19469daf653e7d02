package org.switchboard.pbx.mirror;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.switchboard.call.model.Call;
import org.switchboard.call.model.CallTracker;
import org.switchboard.call.model.ParkedCall;
import org.switchboard.call.model.ParkingMonitor;
import org.switchboard.call.model.TrunkRule;
import org.switchboard.pbx.model.ConnectionEvent;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.model.PbxSnapshot;
import org.switchboard.phone.model.Phone;
import org.switchboard.phone.model.PhoneStates;
import org.switchboard.queue.model.Queue;
import org.switchboard.queue.model.QueueMonitor;
import org.switchboard.shared.model.Anomaly;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.Consequences;
import org.switchboard.shared.model.TrunkDevices;

/**
 * The live picture of the PBX: calls, parked calls, queues and phones, fed one {@link PbxEvent} at a time.
 * Each event goes through the models in a fixed order (calls, parking, queues, phones), because each one
 * reads what the one before concluded: the queue model takes the caller's name from the calls, the phone
 * model its status.
 *
 * <p>{@link #apply(PbxEvent)} must be called by one thread at a time (the AMI pump's consumer). The read
 * methods may be called from any thread at any time: they return immutable values, each call or queue
 * consistent in itself as of the end of an event.
 *
 * <p>Connection events: a disconnect, a PBX boot or shutdown marks the mirror stale (see
 * {@link MirrorStatus#stale()}) and keeps what it shows; the next {@code PbxSynchronized} replaces the
 * contents with its snapshot and clears the flag.
 */
public final class PbxMirror {

    private final CallTracker calls;
    private final ParkingMonitor parking = new ParkingMonitor();
    private final QueueMonitor queues;
    private final PhoneStates phones;

    private volatile boolean stale = true;
    private volatile String staleReason = "not synchronised yet";
    private volatile Instant lastSynchronized;
    private final AtomicLong eventsApplied = new AtomicLong();
    private final AtomicLong domainEvents = new AtomicLong();
    private final AtomicLong anomalies = new AtomicLong();
    private final AtomicLong resyncs = new AtomicLong();
    private final Map<String, AtomicLong> anomaliesByType = new ConcurrentHashMap<>();

    public PbxMirror(TrunkDevices trunks) {
        this.calls = new CallTracker(trunks);
        this.queues = new QueueMonitor(calls::callerOf);
        this.phones = new PhoneStates(trunks);
    }

    /** A mirror with the production trunk rule's default ({@link TrunkRule#DEFAULT}). */
    public PbxMirror() {
        this(TrunkRule.parse(null));
    }

    public Applied apply(PbxEvent event) {
        Consequences out = new Consequences();
        calls.apply(event, out);
        parking.apply(event, out);
        queues.apply(event, out);
        phones.apply(event, calls.lastChanges(), out);
        connection(event, out);
        Applied applied = new Applied(out.events(), out.anomalies(), out.moves());
        count(applied);
        return applied;
    }

    /** How many calls are live, without the copy and sort of {@link #calls()}. */
    public int callCount() {
        return calls.callCount();
    }

    public List<Call> calls() {
        return calls.calls();
    }

    public Optional<Call> call(CallId id) {
        return calls.call(id);
    }

    public List<ParkedCall> parked() {
        return parking.parked();
    }

    public List<Queue> queues() {
        return queues.queues();
    }

    public Optional<Queue> queue(String name) {
        return queues.queue(name);
    }

    public List<Phone> phones() {
        return phones.phones();
    }

    public Optional<Phone> phone(String device) {
        return phones.phone(device);
    }

    public boolean stale() {
        return stale;
    }

    public MirrorStatus status() {
        Map<String, Long> byType = new TreeMap<>();
        anomaliesByType.forEach((type, count) -> byType.put(type, count.get()));
        return new MirrorStatus(stale, stale ? staleReason : "", Optional.ofNullable(lastSynchronized),
                eventsApplied.get(), domainEvents.get(), anomalies.get(), resyncs.get(), byType);
    }

    /** What the link's events say about how far the mirror can be trusted. */
    private void connection(PbxEvent event, Consequences out) {
        Runnable step = switch (event.kind()) {
            case PBX_SYNCHRONIZED -> () -> synchronised((ConnectionEvent.PbxSynchronized) event, out);
            case AMI_CONNECTED -> () -> markStale("AMI connected; waiting for the snapshot");
            case AMI_DISCONNECTED ->
                () -> markStale("AMI disconnected: " + ((ConnectionEvent.AmiDisconnected) event).reason());
            case PBX_FULLY_BOOTED -> () -> markStale("PBX booted; waiting for its snapshot");
            case PBX_SHUTTING_DOWN -> () -> markStale("PBX shutting down");
            // a reload changes configuration, not calls; every other event is the models' business
            case PBX_RELOADED, CHANNEL_CREATED, CHANNEL_STATE_CHANGED, CHANNEL_PARTIES_CHANGED, DIALPLAN_STEPPED,
                    DIAL_STARTED, DIAL_ENDED, BRIDGE_ENTERED, BRIDGE_LEFT, CHANNEL_HELD, CHANNEL_RETRIEVED,
                    BLIND_TRANSFERRED, ATTENDED_TRANSFERRED, MUSIC_ON_HOLD_STARTED, MUSIC_ON_HOLD_STOPPED,
                    LOCAL_BRIDGED, LOCAL_OPTIMIZATION_BEGAN, LOCAL_OPTIMIZATION_ENDED, CHANNEL_HUNG_UP,
                    QUEUE_CALLER_JOINED, QUEUE_CALLER_LEFT, QUEUE_CALLER_ABANDONED, QUEUE_MEMBER_RUNG,
                    QUEUE_MEMBER_MISSED, QUEUE_MEMBER_CONNECTED, QUEUE_MEMBER_COMPLETED, QUEUE_MEMBER_ADDED,
                    QUEUE_MEMBER_CHANGED, QUEUE_MEMBER_REMOVED, QUEUE_MEMBER_PAUSED, CALL_PARKED, CALL_UNPARKED,
                    PARKING_ENDED, DEVICE_STATE_CHANGED, CONTACT_STATUS_CHANGED,
                    PEER_STATUS_CHANGED, COMMAND_ANSWERED -> () -> { };
        };
        step.run();
    }

    /** Live again, unless the PBX refused some of its lists: that part of the picture is as old as it was. */
    private void synchronised(ConnectionEvent.PbxSynchronized event, Consequences out) {
        lastSynchronized = event.stamp().pbxTime();
        resyncs.incrementAndGet();
        Map<PbxSnapshot.Part, String> refused = new TreeMap<>(event.snapshot().refused());
        out.add(new MirrorSynchronised(event.stamp().pbxTime(), event.cause(), refused.isEmpty()));
        if (refused.isEmpty()) {
            stale = false;
            return;
        }
        StringBuilder parts = new StringBuilder();
        refused.forEach((part, answer) -> parts.append(parts.length() == 0 ? "" : ", ")
                .append(part.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(" (").append(answer)
                .append(')'));
        markStale("the PBX refused to list " + parts + "; those are shown as last known");
    }

    private void markStale(String reason) {
        staleReason = reason;
        stale = true;
    }

    private void count(Applied applied) {
        eventsApplied.incrementAndGet();
        domainEvents.addAndGet(applied.events().size());
        anomalies.addAndGet(applied.anomalies().size());
        for (Anomaly anomaly : applied.anomalies()) {
            anomaliesByType.computeIfAbsent(anomaly.eventType(), type -> new AtomicLong()).incrementAndGet();
        }
    }
}
