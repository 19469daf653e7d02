package org.switchboard.pbx.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.switchboard.pbx.model.ChannelEvent.AttendedTransferred;
import org.switchboard.pbx.model.ChannelEvent.BlindTransferred;
import org.switchboard.pbx.model.ChannelEvent.BridgeEntered;
import org.switchboard.pbx.model.ChannelEvent.BridgeLeft;
import org.switchboard.pbx.model.ChannelEvent.ChannelCreated;
import org.switchboard.pbx.model.ChannelEvent.ChannelHeld;
import org.switchboard.pbx.model.ChannelEvent.ChannelHungUp;
import org.switchboard.pbx.model.ChannelEvent.ChannelPartiesChanged;
import org.switchboard.pbx.model.ChannelEvent.ChannelRetrieved;
import org.switchboard.pbx.model.ChannelEvent.ChannelStateChanged;
import org.switchboard.pbx.model.ChannelEvent.DialEnded;
import org.switchboard.pbx.model.ChannelEvent.DialStarted;
import org.switchboard.pbx.model.ChannelEvent.DialplanStepped;
import org.switchboard.pbx.model.ConnectionEvent.AmiDisconnected;
import org.switchboard.pbx.model.ConnectionEvent.PbxSynchronized;
import org.switchboard.pbx.model.DeviceEvent.ContactStatusChanged;
import org.switchboard.pbx.model.DeviceEvent.DeviceStateChanged;
import org.switchboard.pbx.model.ParkingEvent.CallParked;
import org.switchboard.pbx.model.ParkingEvent.CallUnparked;
import org.switchboard.pbx.model.ParkingEvent.ParkingEnded;
import org.switchboard.pbx.model.QueueEvent.QueueCallerAbandoned;
import org.switchboard.pbx.model.QueueEvent.QueueCallerJoined;
import org.switchboard.pbx.model.QueueEvent.QueueCallerLeft;
import org.switchboard.pbx.model.QueueEvent.QueueMemberChanged;
import org.switchboard.pbx.model.QueueEvent.QueueMemberCompleted;
import org.switchboard.pbx.model.QueueEvent.QueueMemberConnected;
import org.switchboard.pbx.model.QueueEvent.QueueMemberPaused;
import org.switchboard.shared.model.BridgeId;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;

/**
 * Builds PBX events the way the AMI adapter would, with safe defaults: unknown caller ids, normal
 * clearing, the demo PBX's contexts. Each event is stamped one step (100 ms) after the previous one on a
 * clock of its own; {@link #later(Duration)} lets time pass between events. The PBX and received times are
 * equal.
 */
public final class PbxEvents {

    public static final Instant START = Instant.parse("2026-11-21T22:40:00Z");
    private static final Duration STEP = Duration.ofMillis(100);

    private Instant now = START;

    /** A channel that starts its own call (its linked id is its unique id). */
    public static ChannelRef channel(String name, String uniqueId) {
        return new ChannelRef(new ChannelId(uniqueId), new CallId(uniqueId), name);
    }

    /** A channel of the call {@code of} belongs to. */
    public static ChannelRef leg(String name, String uniqueId, ChannelRef of) {
        return new ChannelRef(new ChannelId(uniqueId), of.callId(), name);
    }

    /** The same channel, now shown under the linked id of {@code call}. */
    public static ChannelRef movedTo(ChannelRef channel, ChannelRef call) {
        return new ChannelRef(channel.id(), call.callId(), channel.name());
    }

    public static CallerId caller(String number, String name) {
        return new CallerId(number, name);
    }

    public Instant now() {
        return now;
    }

    public PbxEvents later(Duration pause) {
        now = now.plus(pause);
        return this;
    }

    private Stamp stamp() {
        now = now.plus(STEP);
        return new Stamp(now, now);
    }

    // channels

    /** Newchannel in state Ring: a phone off hook or a call arriving from a trunk. */
    public ChannelCreated inbound(ChannelRef channel, CallerId caller, String context, String exten) {
        return new ChannelCreated(stamp(), channel, ChannelState.RING, caller, CallerId.UNKNOWN, context, exten);
    }

    /** Newchannel in state Down: a leg about to be dialled, or a probe. */
    public ChannelCreated outbound(ChannelRef channel, CallerId caller) {
        return new ChannelCreated(stamp(), channel, ChannelState.DOWN, caller, CallerId.UNKNOWN, "internal", "s");
    }

    /** LocalBridge: the two halves of a Local channel are joined. */
    public ChannelEvent.LocalBridged localBridge(ChannelRef first, ChannelRef second) {
        return new ChannelEvent.LocalBridged(stamp(), first, second, true);
    }

    public ChannelEvent.LocalOptimizationBegan optimizationBegins(ChannelRef first, ChannelRef second) {
        return new ChannelEvent.LocalOptimizationBegan(stamp(), first, second);
    }

    public ChannelEvent.LocalOptimizationEnded optimizationEnds(ChannelRef first, ChannelRef second) {
        return new ChannelEvent.LocalOptimizationEnded(stamp(), first, second, true);
    }

    public ChannelEvent.MusicOnHoldStarted musicOnHold(ChannelRef channel) {
        return new ChannelEvent.MusicOnHoldStarted(stamp(), channel, "default");
    }

    public ChannelEvent.MusicOnHoldStopped musicOff(ChannelRef channel) {
        return new ChannelEvent.MusicOnHoldStopped(stamp(), channel);
    }

    public ChannelStateChanged state(ChannelRef channel, ChannelState state) {
        return new ChannelStateChanged(stamp(), channel, state, CallerId.UNKNOWN, CallerId.UNKNOWN);
    }

    public ChannelPartiesChanged connected(ChannelRef channel, CallerId connected) {
        return new ChannelPartiesChanged(stamp(), channel, CallerId.UNKNOWN, connected);
    }

    public DialplanStepped exten(ChannelRef channel, String context, String exten, String app, String data) {
        return new DialplanStepped(stamp(), channel, context, exten, app, data);
    }

    public DialStarted dial(ChannelRef caller, ChannelRef destination) {
        return new DialStarted(stamp(), destination, Optional.of(caller), CallerId.UNKNOWN, "");
    }

    /** DialBegin of an AMI Originate: no calling channel. */
    public DialStarted originate(ChannelRef destination) {
        return new DialStarted(stamp(), destination, Optional.empty(), CallerId.UNKNOWN, "");
    }

    public DialEnded dialEnd(ChannelRef caller, ChannelRef destination, String status) {
        return new DialEnded(stamp(), destination, Optional.ofNullable(caller), status);
    }

    public BridgeEntered enter(ChannelRef channel, String bridge, int count) {
        return new BridgeEntered(stamp(), channel, new BridgeId(bridge), count);
    }

    public BridgeLeft leave(ChannelRef channel, String bridge, int count) {
        return new BridgeLeft(stamp(), channel, new BridgeId(bridge), count);
    }

    public ChannelHeld hold(ChannelRef channel) {
        return new ChannelHeld(stamp(), channel);
    }

    public ChannelRetrieved unhold(ChannelRef channel) {
        return new ChannelRetrieved(stamp(), channel);
    }

    public BlindTransferred blindTransfer(ChannelRef transferer, ChannelRef transferee, String exten) {
        return new BlindTransferred(stamp(), transferer, Optional.of(transferee), "internal", exten, true);
    }

    /**
     * A successful AttendedTransfer: the transferer's channel to the transferee ({@code first}) and its
     * channel to the target ({@code second}), each as the PBX saw them before the transfer.
     */
    public AttendedTransferred attendedTransfer(ChannelRef first, ChannelRef second, ChannelRef transferee,
            ChannelRef target) {
        return new AttendedTransferred(stamp(), first, Optional.of(second), Optional.of(transferee),
                Optional.of(target), true);
    }

    public ChannelHungUp hangup(ChannelRef channel) {
        return hangup(channel, HangupCause.NORMAL_CLEARING);
    }

    public ChannelHungUp hangup(ChannelRef channel, int cause) {
        return new ChannelHungUp(stamp(), channel, new HangupCause(cause, ""));
    }

    // queues

    public QueueCallerJoined queueJoin(String queue, ChannelRef caller, int position) {
        return new QueueCallerJoined(stamp(), queue, caller, position, position);
    }

    public QueueCallerLeft queueLeave(String queue, ChannelRef caller) {
        return new QueueCallerLeft(stamp(), queue, caller, 1, 0);
    }

    public QueueCallerAbandoned queueAbandon(String queue, ChannelRef caller, Duration waited) {
        return new QueueCallerAbandoned(stamp(), queue, caller, 1, 1, waited);
    }

    public QueueMemberConnected agentConnect(String queue, ChannelRef caller, ChannelRef member) {
        return new QueueMemberConnected(stamp(), queue, caller, member, member.device(), "", Duration.ZERO,
                Duration.ZERO);
    }

    public QueueMemberCompleted agentComplete(String queue, ChannelRef caller, String memberInterface) {
        return new QueueMemberCompleted(stamp(), queue, caller, memberInterface, Duration.ZERO, Duration.ZERO,
                "caller");
    }

    public static QueueMemberInfo member(String queue, String memberInterface, String name, DeviceState status) {
        return new QueueMemberInfo(queue, memberInterface, name, memberInterface, status, false, "", 0,
                Optional.empty(), false, 0, false);
    }

    public QueueMemberChanged memberStatus(QueueMemberInfo member) {
        return new QueueMemberChanged(stamp(), member);
    }

    public QueueMemberPaused pause(String queue, String memberInterface, boolean paused, String reason) {
        return new QueueMemberPaused(stamp(), queue, memberInterface, paused, reason);
    }

    // parking

    public CallParked park(ChannelRef parkee, String parker, String space, Duration timeout) {
        return new CallParked(stamp(), parkee, Optional.empty(), parker, "default", space, timeout);
    }

    public CallUnparked unpark(ChannelRef parkee, ChannelRef retriever, String space) {
        return new CallUnparked(stamp(), parkee, Optional.of(retriever), "default", space);
    }

    public ParkingEnded parkingEnded(ChannelRef parkee, String space, ParkingEvent.Ending ending) {
        return new ParkingEnded(stamp(), parkee, "default", space, ending);
    }

    // devices and connection

    public DeviceStateChanged device(String device, DeviceState state) {
        return new DeviceStateChanged(stamp(), device, state);
    }

    public ContactStatusChanged contact(String endpoint, String uri, ContactStatus status) {
        return new ContactStatusChanged(stamp(), "PJSIP/" + endpoint, endpoint, uri, status, Optional.empty());
    }

    public AmiDisconnected disconnected() {
        Instant lastHeard = now;
        return new AmiDisconnected(stamp(), "connection reset", lastHeard);
    }

    public PbxSynchronized synchronize(PbxSnapshot snapshot) {
        return new PbxSynchronized(stamp(), snapshot, "reconnect");
    }

    // snapshots

    public PbxSnapshot snapshot(List<PbxSnapshot.LiveChannel> channels, List<PbxSnapshot.QueueState> queues,
            List<PbxSnapshot.ParkedChannel> parked) {
        return new PbxSnapshot(now, channels, queues, parked, Map.of(), List.of());
    }

    public static PbxSnapshot.LiveChannel live(ChannelRef channel, ChannelState state, CallerId caller,
            String application, String bridge, Duration age) {
        return new PbxSnapshot.LiveChannel(channel, state, caller, CallerId.UNKNOWN, "internal", "s", application,
                "", Optional.ofNullable(bridge).map(BridgeId::new), age);
    }

    /** The same channel, at {@code exten@context} and running its application with {@code appData}. */
    public static PbxSnapshot.LiveChannel at(PbxSnapshot.LiveChannel live, String context, String exten,
            String appData) {
        return new PbxSnapshot.LiveChannel(live.channel(), live.state(), live.caller(), live.connected(), context,
                exten, live.application(), appData, live.bridge(), live.age());
    }
}
