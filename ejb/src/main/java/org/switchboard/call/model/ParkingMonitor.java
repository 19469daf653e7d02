package org.switchboard.call.model;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.switchboard.pbx.model.ChannelEvent.ChannelHungUp;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.ConnectionEvent.PbxSynchronized;
import org.switchboard.pbx.model.ParkingEvent;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.model.PbxSnapshot;
import org.switchboard.shared.model.Anomaly;
import org.switchboard.shared.model.ChannelId;
import org.switchboard.shared.model.Consequences;

/**
 * The parked calls, keyed by the parked channel, and the {@link CallParked} and {@link CallUnparked}
 * events. A call leaves its space when it is picked up, times out, gives up, or its channel hangs up
 * without the PBX saying so. A repeated ParkedCall for the same channel and space (the ParkedCalls list
 * repeats them) changes nothing.
 *
 * <p>One thread applies events; {@link #parked()} may be read from any thread.
 */
public final class ParkingMonitor {

    private final Map<ChannelId, ParkedCall> parked = new ConcurrentHashMap<>();

    /** What the parked calls do with every kind of PBX event. */
    public void apply(PbxEvent event, Consequences out) {
        Runnable step = switch (event.kind()) {
            case CALL_PARKED -> () -> park((ParkingEvent.CallParked) event, out);
            case CALL_UNPARKED -> () -> {
                ParkingEvent.CallUnparked unparked = (ParkingEvent.CallUnparked) event;
                leave(unparked, CallUnparked.How.PICKED_UP, unparked.retriever().map(ChannelRef::device), out);
            };
            case PARKING_ENDED -> () -> {
                ParkingEvent.ParkingEnded ended = (ParkingEvent.ParkingEnded) event;
                leave(ended, ended.ending() == ParkingEvent.Ending.TIMED_OUT ? CallUnparked.How.TIMED_OUT
                        : CallUnparked.How.GAVE_UP, Optional.empty(), out);
            };
            case CHANNEL_HUNG_UP -> () -> hungUp((ChannelHungUp) event, out);
            case PBX_SYNCHRONIZED -> () -> resync((PbxSynchronized) event);
            // the lot says itself who is parked; the other events do not change that
            case CHANNEL_CREATED, CHANNEL_STATE_CHANGED, CHANNEL_PARTIES_CHANGED, DIALPLAN_STEPPED, DIAL_STARTED,
                    DIAL_ENDED, BRIDGE_ENTERED, BRIDGE_LEFT, CHANNEL_HELD, CHANNEL_RETRIEVED, BLIND_TRANSFERRED,
                    ATTENDED_TRANSFERRED, MUSIC_ON_HOLD_STARTED, MUSIC_ON_HOLD_STOPPED, LOCAL_BRIDGED,
                    LOCAL_OPTIMIZATION_BEGAN, LOCAL_OPTIMIZATION_ENDED, QUEUE_CALLER_JOINED, QUEUE_CALLER_LEFT,
                    QUEUE_CALLER_ABANDONED, QUEUE_MEMBER_RUNG, QUEUE_MEMBER_MISSED, QUEUE_MEMBER_CONNECTED,
                    QUEUE_MEMBER_COMPLETED, QUEUE_MEMBER_ADDED, QUEUE_MEMBER_CHANGED, QUEUE_MEMBER_REMOVED,
                    QUEUE_MEMBER_PAUSED, DEVICE_STATE_CHANGED, CONTACT_STATUS_CHANGED, PEER_STATUS_CHANGED, AMI_CONNECTED,
                    AMI_DISCONNECTED, PBX_FULLY_BOOTED, PBX_RELOADED, PBX_SHUTTING_DOWN, COMMAND_ANSWERED -> () -> { };
        };
        step.run();
    }

    /** A parked channel that hangs up without ParkedCallGiveUp gave up all the same. */
    private void hungUp(ChannelHungUp event, Consequences out) {
        Optional.ofNullable(parked.remove(event.channel().id()))
                .ifPresent(gone -> out.add(unparked(gone, event, CallUnparked.How.GAVE_UP, Optional.empty())));
    }

    public List<ParkedCall> parked() {
        return parked.values().stream()
                .sorted(Comparator.comparing(ParkedCall::lot).thenComparing(ParkedCall::space)).toList();
    }

    private void park(ParkingEvent.CallParked event, Consequences out) {
        ParkedCall already = parked.get(event.parkee().id());
        if (already != null && already.space().equals(event.space()) && already.lot().equals(event.lot())) {
            return;
        }
        String parker = event.parkerDialString().isBlank()
                ? event.parker().map(ChannelRef::device).orElse("") : event.parkerDialString();
        ParkedCall call = new ParkedCall(event.parkee().callId(), event.parkee().id(), event.parkee().name(),
                event.lot(), event.space(), parker, event.stamp().receivedAt(), event.timeout());
        parked.put(call.parkee(), call);
        out.add(new CallParked(call.call(), event.stamp().pbxTime(), call.parkee(), call.lot(), call.space(),
                parker, call.timeout()));
    }

    private void leave(ParkingEvent event, CallUnparked.How how, Optional<String> retriever, Consequences out) {
        ParkedCall gone = parked.remove(event.parkee().id());
        if (gone == null) {
            out.anomaly(new Anomaly(Optional.of(event.parkee().callId()), event.getClass().getSimpleName(),
                    "no parked call on " + event.parkee().name() + " in " + event.space() + "@" + event.lot()));
            return;
        }
        out.add(unparked(gone, event, how, retriever));
    }

    private static CallUnparked unparked(ParkedCall gone, PbxEvent event, CallUnparked.How how,
            Optional<String> retriever) {
        return new CallUnparked(gone.call(), event.stamp().pbxTime(), gone.parkee(), gone.lot(), gone.space(),
                how, retriever);
    }

    private void resync(PbxSynchronized event) {
        if (!event.snapshot().lists(PbxSnapshot.Part.PARKED_CALLS)) {
            return; // the PBX refused ParkedCalls: the parked calls stay as they were
        }
        parked.clear();
        for (PbxSnapshot.ParkedChannel channel : event.snapshot().parked()) {
            Duration parkedFor = channel.parkedFor();
            parked.put(channel.parkee().id(), new ParkedCall(channel.parkee().callId(), channel.parkee().id(),
                    channel.parkee().name(), channel.lot(), channel.space(), channel.parkerDialString(),
                    event.stamp().receivedAt().minus(parkedFor), channel.timeout()));
        }
    }
}
