package org.switchboard.call.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.model.Stamp;
import org.switchboard.shared.model.Anomaly;
import org.switchboard.shared.model.Move;
import org.switchboard.shared.model.BridgeId;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;
import org.switchboard.shared.model.Consequences;
import org.switchboard.shared.model.Outcome;
import org.switchboard.shared.model.TrunkDevices;

/**
 * The calls in progress and the indexes over them (channel to call, bridge to channels), with the
 * operations every event handler needs: find a channel (following it when Asterisk moved it to another
 * linked id), fire a party trigger and report a rejection, end a call with its record. Changed calls are
 * published as immutable {@link Call} values at the end of each event.
 */
final class LiveCalls {

    /** How many Local channels a path between two parties may go through (Local channels can be chained). */
    private static final int MAX_LOCAL_HOPS = 4;

    private final TrunkDevices trunks;
    private final Map<CallId, ActiveCall> calls = new LinkedHashMap<>();
    private final Map<ChannelId, ActiveCall> callOfChannel = new HashMap<>();
    private final Map<BridgeId, Set<ChannelId>> bridges = new HashMap<>();
    private final Set<CallId> touched = new HashSet<>();
    private final Map<CallId, Call> published = new ConcurrentHashMap<>();
    private Map<CallId, Optional<Call>> lastChanges = Map.of();

    LiveCalls(TrunkDevices trunks) {
        this.trunks = trunks;
    }

    TrunkDevices trunks() {
        return trunks;
    }

    ActiveCall open(CallId id, Instant start, boolean recovered) {
        touched.add(id);
        return calls.computeIfAbsent(id, key -> new ActiveCall(key, start, recovered));
    }

    Optional<ActiveCall> call(CallId id) {
        return Optional.ofNullable(calls.get(id));
    }

    List<ActiveCall> all() {
        return new ArrayList<>(calls.values());
    }

    boolean knows(ChannelId channel) {
        return callOfChannel.containsKey(channel);
    }

    void attach(ActiveCall call, ActiveChannel channel) {
        call.add(channel);
        callOfChannel.put(channel.id(), call);
        touched.add(call.id());
    }

    /**
     * The channel an event names, or an anomaly when the model does not know it. When the event shows the
     * channel under another linked id than the model has, the channel moves to that call first; a call left
     * without a live channel by the move ends as {@link CallEnded.Ending#MERGED}.
     */
    Optional<ActiveChannel> find(ChannelRef ref, PbxEvent event, Consequences out) {
        ActiveCall call = callOfChannel.get(ref.id());
        if (call == null) {
            out.anomaly(new Anomaly(Optional.of(ref.callId()), type(event),
                    "unknown channel " + ref.name() + " (" + ref.id() + ")"));
            return Optional.empty();
        }
        ActiveChannel channel = call.channel(ref.id()).orElseThrow();
        if (!call.id().equals(ref.callId())) {
            move(channel, call, ref, event.stamp(), out);
        }
        channel.rename(ref);
        touched.add(ref.callId());
        return Optional.of(channel);
    }

    ActiveCall callOf(ActiveChannel channel) {
        return callOfChannel.get(channel.id());
    }

    /** The channel goes on in the call {@code ref} names; said with {@link PartyJoined} when it is a party. */
    private void move(ActiveChannel channel, ActiveCall from, ChannelRef ref, Stamp stamp, Consequences out) {
        from.remove(channel.id());
        ActiveCall to = open(ref.callId(), stamp.pbxTime(), false);
        attach(to, channel);
        touched.add(from.id());
        from.continuesIn(to.id());
        if (channel.isParty() && !ref.local()) {
            out.add(new PartyJoined(to.id(), stamp.pbxTime(), channel.device(), channel.id(), from.id()));
        }
        endIfOver(from, stamp.pbxTime(), out);
    }

    /** Fires {@code trigger} on the channel; a rejection becomes an anomaly. */
    Optional<Outcome.Moved<PartyState, PartyTrigger>> fire(ActiveChannel channel, PartyTrigger trigger,
            PbxEvent event, Consequences out) {
        Outcome<PartyState, PartyTrigger> outcome = channel.fire(trigger, event.stamp());
        if (outcome instanceof Outcome.Rejected<PartyState, PartyTrigger> rejected) {
            out.anomaly(new Anomaly(Optional.of(callOf(channel).id()), type(event),
                    channel.ref().name() + ": " + rejected.reason()));
            return Optional.empty();
        }
        Outcome.Moved<PartyState, PartyTrigger> moved = (Outcome.Moved<PartyState, PartyTrigger>) outcome;
        if (moved.changed()) {
            out.moved(new Move(Optional.of(callOf(channel).id()), Optional.of(channel.id()), channel.ref().name(),
                    moved.from().name(), moved.trigger().name(), moved.to().name()));
        }
        return Optional.of(moved);
    }

    /** Ends the call when none of its channels is left: MERGED if one of them went on in another call. */
    void endIfOver(ActiveCall call, Instant at, Consequences out) {
        if (call.over()) {
            end(call, at, call.continuedIn().isPresent() ? CallEnded.Ending.MERGED : CallEnded.Ending.HUNG_UP,
                    call.continuedIn(), out);
        }
    }

    void end(ActiveCall call, Instant at, CallEnded.Ending ending, Optional<CallId> continuedIn,
            Consequences out) {
        end(call, at, false, ending, continuedIn, out);
    }

    /** Ends the call; {@code estimated}: the model missed the end and {@code at} is its best estimate. */
    void end(ActiveCall call, Instant at, boolean estimated, CallEnded.Ending ending, Optional<CallId> continuedIn,
            Consequences out) {
        calls.remove(call.id());
        for (ActiveChannel channel : call.channels()) {
            callOfChannel.remove(channel.id());
            channel.bridge().ifPresent(bridge -> leave(bridge, channel.id()));
        }
        touched.add(call.id());
        out.add(new CallEnded(call.id(), at, call.ended(at, estimated), ending, continuedIn));
    }

    void enter(BridgeId bridge, ActiveChannel channel) {
        channel.bridge().ifPresent(previous -> leave(previous, channel.id()));
        channel.bridge(bridge);
        Set<ChannelId> members = bridges.computeIfAbsent(bridge, key -> new LinkedHashSet<>());
        members.add(channel.id());
        touchMembers(members);
    }

    void leave(ActiveChannel channel) {
        channel.bridge().ifPresent(bridge -> leave(bridge, channel.id()));
        channel.bridge(null);
    }

    private void leave(BridgeId bridge, ChannelId channel) {
        Set<ChannelId> members = bridges.get(bridge);
        if (members != null) {
            members.remove(channel);
            touchMembers(members);
            if (members.isEmpty()) {
                bridges.remove(bridge);
            }
        }
    }

    private void touchMembers(Set<ChannelId> members) {
        members.stream().map(callOfChannel::get).filter(c -> c != null).forEach(c -> touched.add(c.id()));
    }

    /**
     * Whom the channel talks to: the first other channel in its bridge, seen through Local channels (when
     * that is the half of a Local channel, the party bridged with its other half). Empty when nobody is
     * there yet, as while the far end of a Local channel still rings.
     */
    Optional<ChannelId> peerOf(ActiveChannel channel) {
        Optional<ChannelId> peer = bridgedWith(channel);
        for (int hops = 0; hops < MAX_LOCAL_HOPS && peer.isPresent(); hops++) {
            Optional<ActiveChannel> half = channel(peer.get()).filter(c -> c.ref().local());
            if (half.isEmpty()) {
                return peer;
            }
            peer = half.get().otherHalf().flatMap(this::channel).flatMap(this::bridgedWith);
        }
        return Optional.empty();
    }

    private Optional<ChannelId> bridgedWith(ActiveChannel channel) {
        return channel.bridge().map(bridges::get).flatMap(members -> members.stream()
                .filter(member -> !member.equals(channel.id())).findFirst());
    }

    /** The live channel with this id, in whichever call. */
    Optional<ActiveChannel> channel(ChannelId id) {
        return Optional.ofNullable(callOfChannel.get(id)).flatMap(call -> call.channel(id));
    }

    /** The device whom the channel talks to (see {@link #peerOf}), e.g. the target of a transfer. */
    Optional<String> peerDevice(ActiveChannel channel) {
        return peerOf(channel).flatMap(this::channel).map(ActiveChannel::device);
    }

    /**
     * A snapshot has no LocalBridge: in each call, the halves of a Local channel are paired by their names,
     * alike but for the {@code ;1} and {@code ;2} at their end.
     */
    void pairHalvesByName(ActiveCall call) {
        Map<String, ActiveChannel> firstHalves = new HashMap<>();
        call.channels().stream().filter(c -> c.ref().local() && c.ref().name().endsWith(";1"))
                .forEach(c -> firstHalves.put(stem(c), c));
        call.channels().stream().filter(c -> c.ref().local() && c.ref().name().endsWith(";2"))
                .forEach(second -> Optional.ofNullable(firstHalves.get(stem(second)))
                        .ifPresent(first -> pairHalves(first, second)));
    }

    private static String stem(ActiveChannel half) {
        String name = half.ref().name();
        return name.substring(0, name.length() - 2);
    }

    /** LocalBridge: the two halves of a Local channel know each other from now on. */
    void pairHalves(ActiveChannel first, ActiveChannel second) {
        first.otherHalf(second.id());
        second.otherHalf(first.id());
        touched.add(callOf(first).id());
        touched.add(callOf(second).id());
    }

    /** Drops every bridge; a resynchronisation rebuilds them from the snapshot. */
    void forgetBridges() {
        bridges.clear();
    }

    /** Makes the calls changed by the last event visible to readers. */
    void publish() {
        Map<CallId, Optional<Call>> changes = new HashMap<>();
        for (CallId id : touched) {
            ActiveCall call = calls.get(id);
            if (call == null) {
                published.remove(id);
                changes.put(id, Optional.empty());
            } else {
                Call value = call.toCall(this::peerOf);
                published.put(id, value);
                changes.put(id, Optional.of(value));
            }
        }
        touched.clear();
        lastChanges = changes;
    }

    /** The calls the last event changed: their new value, or empty for a call that ended. */
    Map<CallId, Optional<Call>> lastChanges() {
        return lastChanges;
    }

    /** The published call a channel belongs to, found through the channel index rather than a search. */
    Optional<Call> publishedCallOf(ChannelId channel) {
        ActiveCall call = callOfChannel.get(channel);
        return call == null ? Optional.empty() : published(call.id());
    }

    /** How many calls are published, without copying or sorting them. */
    int publishedCount() {
        return published.size();
    }

    List<Call> published() {
        List<Call> all = new ArrayList<>(published.values());
        all.sort(Comparator.comparing(Call::start).thenComparing(call -> call.id().value()));
        return List.copyOf(all);
    }

    Optional<Call> published(CallId id) {
        return Optional.ofNullable(published.get(id));
    }

    static String type(PbxEvent event) {
        return event.getClass().getSimpleName();
    }
}
