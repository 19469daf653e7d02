package org.switchboard.queue.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.switchboard.pbx.model.CallerId;
import org.switchboard.pbx.model.ChannelEvent.ChannelHungUp;
import org.switchboard.pbx.model.ConnectionEvent.PbxSynchronized;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.model.PbxSnapshot;
import org.switchboard.pbx.model.QueueEvent;
import org.switchboard.queue.model.QueueChanged.Change;
import org.switchboard.shared.model.Anomaly;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;
import org.switchboard.shared.model.Consequences;

/**
 * The PBX's queues with their waiting callers and members, kept from the queue events, and the
 * {@link QueueChanged} events. A queue the model has not seen listed yet is created by the first event
 * that names it. Asterisk reports an abandoned caller twice (QueueCallerAbandon, then QueueCallerLeave):
 * the leave after an abandon is expected and reports nothing.
 *
 * <p>One thread applies events; {@link #queues()} and {@link #queue(String)} may be read from any thread.
 */
public final class QueueMonitor {

    private final Function<ChannelId, Optional<CallerId>> callers;
    private final Map<String, QueueBook> books = new LinkedHashMap<>();
    private final Set<ChannelId> abandoned = new HashSet<>();
    private final Set<String> touched = new HashSet<>();
    private final Map<String, Queue> published = new ConcurrentHashMap<>();

    /** @param callers who is on a channel, as the call model knows it */
    public QueueMonitor(Function<ChannelId, Optional<CallerId>> callers) {
        this.callers = callers;
    }

    /** What the queues do with every kind of PBX event. */
    public void apply(PbxEvent event, Consequences out) {
        Runnable step = switch (event.kind()) {
            case QUEUE_CALLER_JOINED -> () -> joined((QueueEvent.QueueCallerJoined) event, out);
            case QUEUE_CALLER_ABANDONED -> () -> abandoned((QueueEvent.QueueCallerAbandoned) event, out);
            case QUEUE_CALLER_LEFT -> () -> left((QueueEvent.QueueCallerLeft) event, out);
            case QUEUE_MEMBER_ADDED -> () -> members(event, out).added((QueueEvent.QueueMemberAdded) event);
            case QUEUE_MEMBER_CHANGED -> () -> members(event, out).changed((QueueEvent.QueueMemberChanged) event);
            case QUEUE_MEMBER_REMOVED -> () -> members(event, out).removed((QueueEvent.QueueMemberRemoved) event);
            case QUEUE_MEMBER_PAUSED -> () -> members(event, out).paused((QueueEvent.QueueMemberPaused) event);
            case QUEUE_MEMBER_CONNECTED -> () -> members(event, out)
                    .inCall(((QueueEvent.QueueMemberConnected) event).memberInterface(), true);
            case QUEUE_MEMBER_COMPLETED -> () -> members(event, out)
                    .inCall(((QueueEvent.QueueMemberCompleted) event).memberInterface(), false);
            // a member being rung or missing a call shows on its phone; the queue only learns its name here
            case QUEUE_MEMBER_RUNG, QUEUE_MEMBER_MISSED -> () -> book(((QueueEvent) event).queue());
            case CHANNEL_HUNG_UP -> () -> hungUp((ChannelHungUp) event, out);
            case PBX_SYNCHRONIZED -> () -> resync((PbxSynchronized) event, out);
            // the queue events say all the queues need; a caller that hangs up is the one channel event they heed
            case CHANNEL_CREATED, CHANNEL_STATE_CHANGED, CHANNEL_PARTIES_CHANGED, DIALPLAN_STEPPED, DIAL_STARTED,
                    DIAL_ENDED, BRIDGE_ENTERED, BRIDGE_LEFT, CHANNEL_HELD, CHANNEL_RETRIEVED, BLIND_TRANSFERRED,
                    ATTENDED_TRANSFERRED, MUSIC_ON_HOLD_STARTED, MUSIC_ON_HOLD_STOPPED, LOCAL_BRIDGED,
                    LOCAL_OPTIMIZATION_BEGAN, LOCAL_OPTIMIZATION_ENDED, CALL_PARKED, CALL_UNPARKED, PARKING_ENDED,
                    DEVICE_STATE_CHANGED, CONTACT_STATUS_CHANGED, PEER_STATUS_CHANGED, AMI_CONNECTED, AMI_DISCONNECTED,
                    PBX_FULLY_BOOTED, PBX_RELOADED, PBX_SHUTTING_DOWN, COMMAND_ANSWERED -> () -> { };
        };
        step.run();
        publish();
    }

    public List<Queue> queues() {
        return published.values().stream().sorted(Comparator.comparing(Queue::name)).toList();
    }

    public Optional<Queue> queue(String name) {
        return Optional.ofNullable(published.get(name));
    }

    private void joined(QueueEvent.QueueCallerJoined joined, Consequences out) {
        QueueBook book = book(joined.queue());
        ChannelId channel = joined.caller().id();
        book.join(new WaitingCaller(joined.caller().callId(), channel,
                callers.apply(channel).orElse(CallerId.UNKNOWN), joined.position(), joined.stamp().receivedAt()));
        out.add(change(book, joined.stamp().pbxTime(), Change.CALLER_JOINED, joined.caller().callId(), null, ""));
    }

    private void abandoned(QueueEvent.QueueCallerAbandoned gone, Consequences out) {
        QueueBook book = book(gone.queue());
        book.leave(gone.caller().id()).ifPresentOrElse(caller -> {
            abandoned.add(caller.channel());
            out.add(change(book, gone.stamp().pbxTime(), Change.CALLER_ABANDONED, caller.call(), null, ""));
        }, () -> out.anomaly(notWaiting(gone, gone.caller().id())));
    }

    private void left(QueueEvent.QueueCallerLeft left, Consequences out) {
        QueueBook book = book(left.queue());
        Optional<WaitingCaller> caller = book.leave(left.caller().id());
        if (caller.isPresent()) {
            out.add(change(book, left.stamp().pbxTime(), Change.CALLER_LEFT, caller.get().call(), null, ""));
        } else if (!abandoned.remove(left.caller().id())) {
            out.anomaly(notWaiting(left, left.caller().id()));
        }
    }

    private MemberChanges members(PbxEvent event, Consequences out) {
        return new MemberChanges(book(((QueueEvent) event).queue()), event.stamp().pbxTime(), out);
    }

    private void hungUp(ChannelHungUp event, Consequences out) {
        abandoned.remove(event.channel().id());
        for (QueueBook book : books.values()) {
            book.leave(event.channel().id()).ifPresent(caller -> out.add(change(book, event.stamp().pbxTime(),
                    Change.CALLER_ABANDONED, caller.call(), null, "hung up without QueueCallerAbandon")));
        }
    }

    private void resync(PbxSynchronized event, Consequences out) {
        if (!event.snapshot().lists(PbxSnapshot.Part.QUEUES)) {
            return; // the PBX refused QueueStatus: the queues stay as they were
        }
        books.clear();
        abandoned.clear();
        published.keySet().forEach(touched::add);
        Instant now = event.stamp().receivedAt();
        for (PbxSnapshot.QueueState state : event.snapshot().queues()) {
            QueueBook book = book(state.name());
            book.strategy(state.strategy());
            state.members().forEach(member -> book.put(QueueMember.of(member)));
            for (PbxSnapshot.WaitingCaller caller : state.callers()) {
                book.join(new WaitingCaller(caller.caller().callId(), caller.caller().id(), caller.parties(),
                        caller.position(), now.minus(caller.waited())));
            }
            out.add(change(book, event.stamp().pbxTime(), Change.RESYNCHRONIZED, null, null, ""));
        }
    }

    QueueBook book(String name) {
        touched.add(name);
        return books.computeIfAbsent(name, QueueBook::new);
    }

    static QueueChanged change(QueueBook book, Instant at, Change change, CallId call, String member,
            String detail) {
        return new QueueChanged(book.name(), at, change, Optional.ofNullable(call), Optional.ofNullable(member),
                detail);
    }

    static Anomaly anomaly(QueueEvent event, String reason) {
        return new Anomaly(Optional.empty(), event.getClass().getSimpleName(), reason + " in " + event.queue());
    }

    private static Anomaly notWaiting(QueueEvent event, ChannelId channel) {
        return anomaly(event, "channel " + channel + " is not waiting");
    }

    private void publish() {
        for (String name : touched) {
            QueueBook book = books.get(name);
            if (book == null) {
                published.remove(name);
            } else {
                published.put(name, book.toQueue());
            }
        }
        touched.clear();
    }

    /** One queue's working copy. */
    static final class QueueBook {

        private final String name;
        private String strategy = "";
        private final Map<ChannelId, WaitingCaller> callers = new LinkedHashMap<>();
        private final Map<String, QueueMember> members = new LinkedHashMap<>();

        QueueBook(String name) {
            this.name = name;
        }

        String name() {
            return name;
        }

        void strategy(String newStrategy) {
            strategy = newStrategy == null ? "" : newStrategy;
        }

        void join(WaitingCaller caller) {
            callers.put(caller.channel(), caller);
        }

        /** Removes a waiting caller and moves those behind it up. */
        Optional<WaitingCaller> leave(ChannelId channel) {
            WaitingCaller gone = callers.remove(channel);
            if (gone != null) {
                List<WaitingCaller> rest = new ArrayList<>(callers.values());
                rest.sort(Comparator.comparingInt(WaitingCaller::position));
                callers.clear();
                for (int i = 0; i < rest.size(); i++) {
                    callers.put(rest.get(i).channel(), rest.get(i).at(i + 1));
                }
            }
            return Optional.ofNullable(gone);
        }

        Optional<QueueMember> member(String memberInterface) {
            return Optional.ofNullable(members.get(memberInterface));
        }

        void put(QueueMember member) {
            members.put(member.memberInterface(), member);
        }

        Optional<QueueMember> remove(String memberInterface) {
            return Optional.ofNullable(members.remove(memberInterface));
        }

        Queue toQueue() {
            List<WaitingCaller> waiting = new ArrayList<>(callers.values());
            waiting.sort(Comparator.comparingInt(WaitingCaller::position));
            return new Queue(name, strategy, waiting, new ArrayList<>(members.values()));
        }
    }
}
