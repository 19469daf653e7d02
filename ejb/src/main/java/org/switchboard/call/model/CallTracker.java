package org.switchboard.call.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.switchboard.pbx.model.CallerId;
import org.switchboard.pbx.model.ChannelEvent;
import org.switchboard.pbx.model.ChannelEvent.AttendedTransferred;
import org.switchboard.pbx.model.ChannelEvent.BlindTransferred;
import org.switchboard.pbx.model.ChannelEvent.ChannelCreated;
import org.switchboard.pbx.model.ChannelEvent.DialEnded;
import org.switchboard.pbx.model.ChannelEvent.DialStarted;
import org.switchboard.pbx.model.ChannelEvent.LocalBridged;
import org.switchboard.pbx.model.ConnectionEvent.AmiDisconnected;
import org.switchboard.pbx.model.ConnectionEvent.PbxSynchronized;
import org.switchboard.pbx.model.ParkingEvent;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.model.QueueEvent;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;
import org.switchboard.shared.model.Consequences;
import org.switchboard.shared.model.TrunkDevices;

/**
 * The live calls of the PBX, keyed by linked id, kept from the PBX events: each channel event becomes a
 * party trigger (see {@link PartyTrigger} for which), and the moves produce the call domain events.
 * Queue and parking events move the waiting and parked parties; the lists of waiting and parked calls
 * are kept by the queue model and {@link ParkingMonitor}.
 *
 * <p>A channel is a party of its call once its state leaves {@link PartyState#NULL}: when it calls in,
 * is dialled, dials, rings, answers or is bridged. The ChanIsAvail probe the reception dialplan creates
 * (Newchannel Down, then Hangup) never does, so it never shows as a party. The two halves of a Local
 * channel ({@code Local/...;1} and {@code ;2}) go through the party machine like any channel but are not
 * shown as parties: they connect parties (see {@link LiveCalls#peerOf}).
 *
 * <p>{@link #apply} says, for every kind of PBX event, what the calls do with it. One thread applies
 * events; {@link #calls()} and {@link #call(CallId)} may be read from any thread.
 */
public final class CallTracker {

    private static final Runnable NOTHING = () -> { };

    private final LiveCalls calls;
    private final ChannelSteps channels;
    private final Dialling dialling;
    private final Transfers transfers;
    private final CallResync resync;

    public CallTracker(TrunkDevices trunks) {
        this.calls = new LiveCalls(trunks);
        this.channels = new ChannelSteps(calls);
        this.dialling = new Dialling(calls);
        this.transfers = new Transfers(calls);
        this.resync = new CallResync(calls);
    }

    public void apply(PbxEvent event, Consequences out) {
        Runnable step = switch (event.kind()) {
            case CHANNEL_CREATED -> () -> channels.created((ChannelCreated) event, out);
            case CHANNEL_STATE_CHANGED, CHANNEL_PARTIES_CHANGED, DIALPLAN_STEPPED, BRIDGE_ENTERED, BRIDGE_LEFT,
                    CHANNEL_HELD, CHANNEL_RETRIEVED, MUSIC_ON_HOLD_STARTED, MUSIC_ON_HOLD_STOPPED, CHANNEL_HUNG_UP ->
                () -> channels.apply((ChannelEvent) event, out);
            case DIAL_STARTED -> () -> dialling.started((DialStarted) event, out);
            case DIAL_ENDED -> () -> dialling.ended((DialEnded) event, out);
            case BLIND_TRANSFERRED -> () -> transfers.blind((BlindTransferred) event, out);
            case ATTENDED_TRANSFERRED -> () -> transfers.attended((AttendedTransferred) event, out);
            case LOCAL_BRIDGED -> () -> localBridged((LocalBridged) event, out);
            // the bridge events that follow an optimisation move the real channels; the pair then hangs up
            case LOCAL_OPTIMIZATION_BEGAN, LOCAL_OPTIMIZATION_ENDED -> NOTHING;
            case QUEUE_CALLER_JOINED -> () -> queueJoined((QueueEvent.QueueCallerJoined) event, out);
            case QUEUE_CALLER_LEFT -> () -> calls.find(((QueueEvent.QueueCallerLeft) event).caller(), event, out)
                    .ifPresent(caller -> calls.fire(caller, PartyTrigger.QUEUE_LEFT, event, out));
            case QUEUE_CALLER_ABANDONED -> () -> calls.find(((QueueEvent.AboutCaller) event).caller(), event, out)
                    .ifPresent(caller -> calls.callOf(caller).abandoned());
            // the members' channels tell the calls all the queue events about members say
            case QUEUE_MEMBER_RUNG, QUEUE_MEMBER_MISSED, QUEUE_MEMBER_CONNECTED, QUEUE_MEMBER_COMPLETED,
                    QUEUE_MEMBER_ADDED, QUEUE_MEMBER_CHANGED, QUEUE_MEMBER_REMOVED, QUEUE_MEMBER_PAUSED -> NOTHING;
            case CALL_PARKED -> parking((ParkingEvent) event, PartyTrigger.PARK, out);
            case CALL_UNPARKED -> parking((ParkingEvent) event, PartyTrigger.PICKUP, out);
            // a parked call that gave up hangs up next, or was redirected out of the lot and runs the dialplan
            case PARKING_ENDED -> parking((ParkingEvent) event,
                    ((ParkingEvent.ParkingEnded) event).ending() == ParkingEvent.Ending.TIMED_OUT
                            ? PartyTrigger.PARK_TIMEOUT : PartyTrigger.PARK_GIVE_UP, out);
            case PBX_SYNCHRONIZED -> () -> resync.apply((PbxSynchronized) event, out);
            // our own commands' answers: what they changed comes as the PBX's own events
            case COMMAND_ANSWERED -> NOTHING;
            // a lost link: the last moment the PBX was heard is when the calls were last known alive
            case AMI_DISCONNECTED -> () -> resync.linkLost((AmiDisconnected) event);
            // calls do not change with devices; the rest of the link's life is the mirror's business
            case DEVICE_STATE_CHANGED, CONTACT_STATUS_CHANGED, PEER_STATUS_CHANGED, AMI_CONNECTED, PBX_FULLY_BOOTED,
                    PBX_RELOADED, PBX_SHUTTING_DOWN -> NOTHING;
        };
        step.run();
        calls.publish();
    }

    /** How many calls are live, cheaply (no copy, no sort). */
    public int callCount() {
        return calls.publishedCount();
    }

    public List<Call> calls() {
        return calls.published();
    }

    public Optional<Call> call(CallId id) {
        return calls.published(id);
    }

    /** Who is on this channel, as far as the live calls know. */
    public Optional<CallerId> callerOf(ChannelId channel) {
        return calls.publishedCallOf(channel).flatMap(call -> call.parties().stream()
                .filter(party -> party.channel().equals(channel)).map(Party::caller).findFirst());
    }

    /**
     * The calls the last applied event changed, with their new value, or empty for a call that ended.
     * Read on the applying thread, so the models after this one work on what changed rather than on all.
     */
    public Map<CallId, Optional<Call>> lastChanges() {
        return calls.lastChanges();
    }

    private void queueJoined(QueueEvent.QueueCallerJoined joined, Consequences out) {
        calls.find(joined.caller(), joined, out).ifPresent(caller -> {
            ActiveCall call = calls.callOf(caller);
            call.queued(joined.queue());
            calls.fire(caller, PartyTrigger.QUEUE_JOINED, joined, out).ifPresent(moved -> out.add(
                    new CallOffered(call.id(), joined.stamp().pbxTime(), new CallOffered.ToQueue(joined.queue()))));
        });
    }

    private void localBridged(LocalBridged event, Consequences out) {
        calls.find(event.channel(), event, out).ifPresent(first -> calls.find(event.secondHalf(), event, out)
                .ifPresent(second -> calls.pairHalves(first, second)));
    }

    private Runnable parking(ParkingEvent event, PartyTrigger trigger, Consequences out) {
        return () -> calls.find(event.parkee(), event, out).ifPresent(parkee -> calls.fire(parkee, trigger, event, out));
    }
}
