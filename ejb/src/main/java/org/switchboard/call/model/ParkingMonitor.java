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

    public void apply(PbxEvent event, Consequences out) {
        if (event instanceof ParkingEvent.CallParked call) {
            park(call, out);
        } else if (event instanceof ParkingEvent.CallUnparked unparked) {
            leave(unparked, CallUnparked.How.PICKED_UP,
                    unparked.retriever().map(ChannelRef::device), out);
        } else if (event instanceof ParkingEvent.ParkingEnded ended) {
            leave(ended, ended.ending() == ParkingEvent.Ending.TIMED_OUT ? CallUnparked.How.TIMED_OUT
                    : CallUnparked.How.GAVE_UP, Optional.empty(), out);
        } else if (event instanceof ChannelHungUp hungUp) {
            Optional.ofNullable(parked.remove(hungUp.channel().id())).ifPresent(gone -> out.add(unparked(gone,
                    hungUp, CallUnparked.How.GAVE_UP, Optional.empty())));
        } else if (event instanceof PbxSynchronized synchronized_) {
            resync(synchronized_);
        }
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
        parked.clear();
        for (PbxSnapshot.ParkedChannel channel : event.snapshot().parked()) {
            Duration parkedFor = channel.parkedFor();
            parked.put(channel.parkee().id(), new ParkedCall(channel.parkee().callId(), channel.parkee().id(),
                    channel.parkee().name(), channel.lot(), channel.space(), channel.parkerDialString(),
                    event.stamp().receivedAt().minus(parkedFor), channel.timeout()));
        }
    }
}
