package org.switchboard.call.model;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.switchboard.pbx.model.CallerId;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.ChannelState;
import org.switchboard.pbx.model.HangupCause;
import org.switchboard.pbx.model.Stamp;
import org.switchboard.shared.model.BridgeId;
import org.switchboard.shared.model.ChannelId;
import org.switchboard.shared.model.DeviceKind;
import org.switchboard.shared.model.Outcome;

/** The call tracker's working copy of one channel. Mutable, confined to the applying thread. */
final class ActiveChannel {

    /** Pseudo-applications Asterisk shows on the outgoing legs it dials; they say nothing about the call. */
    static final Set<String> OUTGOING_LEG_APPS = Set.of("AppDial", "AppDial2", "AppQueue");

    private ChannelRef ref;
    private final DeviceKind kind;
    private final String context;
    private final String exten;
    private PartyState state = PartyState.NULL;
    private Instant since;
    private ChannelState channelState;
    private CallerId caller;
    private CallerId connected;
    private BridgeId bridge;
    private String lastApplication = "";
    private String lastData = "";
    private boolean dialled;
    private boolean tookRole;
    private boolean roundAnswered;
    private final Set<ChannelId> pendingDials = new LinkedHashSet<>();
    private HangupCause cause;
    private ChannelId otherHalf;

    ActiveChannel(ChannelRef ref, DeviceKind kind, ChannelState channelState, CallerId caller, CallerId connected,
            String context, String exten, Instant since) {
        this.ref = ref;
        this.kind = kind;
        this.channelState = channelState;
        this.caller = caller;
        this.connected = connected;
        this.context = context == null ? "" : context;
        this.exten = exten == null ? "" : exten;
        this.since = since;
    }

    /** Fires {@code trigger} through the party table; on a move, the state and its start time change. */
    Outcome<PartyState, PartyTrigger> fire(PartyTrigger trigger, Stamp stamp) {
        Outcome<PartyState, PartyTrigger> outcome = PartyTransitions.fire(state, trigger);
        if (outcome instanceof Outcome.Moved<PartyState, PartyTrigger> moved && moved.changed()) {
            place(moved.to(), stamp.receivedAt());
        }
        return outcome;
    }

    /** Sets the state without the table: only a resynchronisation does this, from the PBX's own list. */
    void place(PartyState newState, Instant at) {
        state = newState;
        since = at;
        tookRole |= newState != PartyState.NULL && newState != PartyState.CLEARED;
    }

    /**
     * Whether the channel is a party of its call: it left {@link PartyState#NULL} for a role at some point.
     * A probe that goes from NULL straight to CLEARED never was one.
     */
    boolean isParty() {
        return tookRole;
    }

    void stepped(String application, String data) {
        if (application != null && !application.isBlank() && !OUTGOING_LEG_APPS.contains(application)) {
            lastApplication = application;
            lastData = data == null ? "" : data;
        }
    }

    void parties(CallerId newCaller, CallerId newConnected) {
        if (newCaller != null && newCaller.isKnown()) {
            caller = newCaller;
        }
        if (newConnected != null && newConnected.isKnown()) {
            connected = newConnected;
        }
    }

    /** Starts ringing {@code destination}; a new round of dialling begins when none was pending. */
    void dialStarted(ChannelId destination) {
        if (pendingDials.isEmpty()) {
            roundAnswered = false;
        }
        pendingDials.add(destination);
    }

    /** Ends the dial to {@code destination}; returns whether it was pending. */
    boolean dialEnded(ChannelId destination, boolean answered) {
        roundAnswered |= answered;
        return pendingDials.remove(destination);
    }

    boolean dialsPending() {
        return !pendingDials.isEmpty();
    }

    boolean roundAnswered() {
        return roundAnswered;
    }

    ChannelId id() {
        return ref.id();
    }

    ChannelRef ref() {
        return ref;
    }

    void rename(ChannelRef newRef) {
        ref = newRef;
    }

    String device() {
        return ref.device();
    }

    DeviceKind kind() {
        return kind;
    }

    PartyState state() {
        return state;
    }

    Instant since() {
        return since;
    }

    ChannelState channelState() {
        return channelState;
    }

    void channelState(ChannelState newState) {
        channelState = newState;
    }

    CallerId caller() {
        return caller;
    }

    CallerId connected() {
        return connected;
    }

    Optional<BridgeId> bridge() {
        return Optional.ofNullable(bridge);
    }

    void bridge(BridgeId newBridge) {
        bridge = newBridge;
    }

    String context() {
        return context;
    }

    String exten() {
        return exten;
    }

    String lastApplication() {
        return lastApplication;
    }

    String lastData() {
        return lastData;
    }

    boolean dialled() {
        return dialled;
    }

    void markDialled() {
        dialled = true;
    }

    /** The other half of this Local channel, once LocalBridge paired them. */
    Optional<ChannelId> otherHalf() {
        return Optional.ofNullable(otherHalf);
    }

    void otherHalf(ChannelId half) {
        otherHalf = half;
    }

    Optional<HangupCause> cause() {
        return Optional.ofNullable(cause);
    }

    void hungUp(HangupCause hangupCause) {
        cause = hangupCause;
    }

    boolean gone() {
        return state == PartyState.CLEARED;
    }

    Party toParty(Optional<ChannelId> bridgedPeer) {
        return new Party(ref.id(), ref.name(), device(), kind, state, since, channelState, caller, connected,
                bridge(), bridgedPeer);
    }
}
