package org.switchboard.call.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.switchboard.pbx.model.ConnectionEvent.AmiDisconnected;
import org.switchboard.pbx.model.ConnectionEvent.PbxSynchronized;
import org.switchboard.pbx.model.PbxSnapshot;
import org.switchboard.pbx.model.PbxSnapshot.LiveChannel;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;
import org.switchboard.shared.model.Consequences;

/**
 * Replaces the live calls with a snapshot's channels, grouped by linked id:
 * <ul>
 * <li>a call in both keeps its identity and history (start, queue, answer); its channels take the
 * snapshot's state (see {@link SnapshotStates}) and present application, channels the snapshot lacks are
 * cleared, new ones join; a call that was not answered yet and now has a party other than the first
 * connected was answered meanwhile, at the snapshot time at the latest, which is what it records;</li>
 * <li>a call only in the snapshot is rebuilt from it and reported as {@link CallRecovered}; its start is
 * the snapshot time less its oldest channel's age, and a party other than the first found connected
 * counts as its answer, at the snapshot time. Its first channel is the one whose unique id is the linked
 * id (failing that, the oldest), and its called number is that channel's present extension unless it is
 * the catch-all {@code s}: the snapshot shows where the channel is now, not what was dialled, so a call
 * the dialplan sent on to {@code s} (as the reception's Goto does) stays without a number;</li>
 * <li>a channel running the Queue application is a caller of the queue its first argument names
 * ({@code GeneralQueue,rt,,,600}), answered or not; so is one in a queue's list of waiting callers. The
 * call keeps the first queue it was known in;</li>
 * <li>the halves of a Local channel are paired by name (a snapshot has no LocalBridge);</li>
 * <li>a call only in the model ends as {@link CallEnded.Ending#VANISHED}, with what was known, at an
 * estimated end: the last moment it was known to live. After a lost link that is the last time the link
 * heard the PBX before it dropped (the first drop since the last snapshot: what the links after it heard was
 * never applied); otherwise (events lost in an overflow, a reload) the snapshot's time. Never before the
 * call's start.</li>
 * </ul>
 * Party states are set, not fired: a snapshot replaces what the model believed. When the snapshot gives a
 * call its first answer, known or recovered, the resync reports it as one {@link CallAnswered} at the
 * snapshot time (after the {@link CallRecovered} of a recovered call); a call answered before says nothing.
 */
final class CallResync {

    private static final String QUEUE_APPLICATION = "Queue";

    /** The channel that started its call first, then the others from the oldest. */
    private static final Comparator<LiveChannel> FIRST_CHANNEL_FIRST = Comparator
            .comparing((LiveChannel live) -> !live.channel().id().value().equals(live.channel().callId().value()))
            .thenComparing(LiveChannel::age, Comparator.reverseOrder());

    private final LiveCalls calls;
    /** The last moment the link heard the PBX before it first dropped since the last snapshot. */
    private Instant lastKnownAlive;

    CallResync(LiveCalls calls) {
        this.calls = calls;
    }

    /** The link dropped: the calls it does not see again were alive until {@code lastHeard} at least. */
    void linkLost(AmiDisconnected lost) {
        if (lastKnownAlive == null) {
            lastKnownAlive = lost.lastHeard();
        }
    }

    void apply(PbxSynchronized event, Consequences out) {
        PbxSnapshot snapshot = event.snapshot();
        if (!snapshot.lists(PbxSnapshot.Part.CHANNELS)) {
            return; // the PBX refused CoreShowChannels: without its channels no call can be checked, all stay
        }
        Map<ChannelId, String> queueOf = new HashMap<>();
        snapshot.queues().forEach(queue -> queue.callers()
                .forEach(caller -> queueOf.put(caller.caller().id(), queue.name())));
        Set<ChannelId> parked = snapshot.parked().stream().map(p -> p.parkee().id()).collect(Collectors.toSet());
        Map<CallId, List<LiveChannel>> groups = snapshot.channels().stream().sorted(FIRST_CHANNEL_FIRST)
                .collect(Collectors.groupingBy(live -> live.channel().callId(), LinkedHashMap::new,
                        Collectors.toList()));

        calls.all().forEach(call -> call.channels().forEach(calls::leave));
        calls.forgetBridges();
        groups.forEach((id, channels) -> rebuild(id, channels, queueOf, parked, event, out));
        Instant alive = lastKnownAlive == null ? event.stamp().pbxTime() : lastKnownAlive;
        lastKnownAlive = null;
        for (ActiveCall call : calls.all()) {
            if (!groups.containsKey(call.id())) {
                Instant end = alive.isBefore(call.start()) ? call.start() : alive;
                calls.end(call, end, true, CallEnded.Ending.VANISHED, Optional.empty(), out);
            }
        }
        groups.values().forEach(channels -> channels.forEach(live -> live.bridge().ifPresent(bridge ->
                calls.find(live.channel(), event, out).ifPresent(channel -> calls.enter(bridge, channel)))));
        calls.all().forEach(calls::pairHalvesByName);
    }

    private void rebuild(CallId id, List<LiveChannel> channels, Map<ChannelId, String> queueOf,
            Set<ChannelId> parked, PbxSynchronized event, Consequences out) {
        Instant takenAt = event.snapshot().takenAt();
        boolean known = calls.call(id).isPresent();
        Duration oldest = channels.stream().map(LiveChannel::age).max(Duration::compareTo).orElse(Duration.ZERO);
        ActiveCall call = calls.open(id, takenAt.minus(oldest), !known);
        for (LiveChannel live : channels) {
            PartyState derived = SnapshotStates.derive(live, queueOf.containsKey(live.channel().id()),
                    parked.contains(live.channel().id()));
            if (calls.knows(live.channel().id())) {
                calls.find(live.channel(), event, out).ifPresent(channel -> {
                    channel.channelState(live.state());
                    channel.parties(live.caller(), live.connected());
                    channel.stepped(live.application(), live.appData());
                    PartyState kept = SnapshotStates.reconcile(channel.state(), derived);
                    if (kept != channel.state()) {
                        channel.place(kept, event.stamp().receivedAt());
                    }
                });
            } else {
                ActiveChannel channel = new ActiveChannel(live.channel(),
                        calls.trunks().kindOf(live.channel().device()), live.state(), live.caller(),
                        live.connected(), live.context(), live.exten(), event.stamp().receivedAt().minus(live.age()));
                channel.stepped(live.application(), live.appData());
                channel.place(derived, event.stamp().receivedAt().minus(live.age()));
                calls.attach(call, channel);
            }
            Optional.ofNullable(queueOf.get(live.channel().id())).or(() -> queueRunBy(live))
                    .ifPresent(call::queued);
        }
        Set<ChannelId> present = channels.stream().map(live -> live.channel().id()).collect(Collectors.toSet());
        call.channels().stream().filter(channel -> !present.contains(channel.id()))
                .forEach(channel -> channel.place(PartyState.CLEARED, event.stamp().receivedAt()));
        Optional<ActiveChannel> connected = call.channels().stream().filter(channel -> !call.isFirst(channel))
                .filter(channel -> channel.state() == PartyState.ESTABLISHED).findFirst();
        boolean firstAnswer = connected.isPresent() && call.answered(takenAt, connected.get());
        if (!known) {
            out.add(new CallRecovered(id, event.stamp().pbxTime()));
        }
        if (firstAnswer) {
            ActiveChannel by = connected.get();
            out.add(new CallAnswered(id, takenAt, by.device(), by.id(), true));
        }
    }

    /** The queue a channel running the Queue application waits or talks in: its first argument. */
    private static Optional<String> queueRunBy(LiveChannel live) {
        if (!QUEUE_APPLICATION.equals(live.application()) || live.appData() == null) {
            return Optional.empty();
        }
        String queue = live.appData().split(",", 2)[0].strip();
        return queue.isEmpty() ? Optional.empty() : Optional.of(queue);
    }
}
