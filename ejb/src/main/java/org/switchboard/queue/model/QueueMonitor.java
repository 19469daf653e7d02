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

    public void apply(PbxEvent event, Consequences out) {
        if (event instanceof QueueEvent queueEvent) {
            queueEvent(queueEvent, out);
        } else if (event instanceof ChannelHungUp hungUp) {
            hungUp(hungUp, out);
        } else if (event instanceof PbxSynchronized synchronized_) {
            resync(synchronized_, out);
        }
        publish();
    }

    public List<Queue> queues() {
        return published.values().stream().sorted(Comparator.comparing(Queue::name)).toList();
    }

    public Optional<Queue> queue(String name) {
        return Optional.ofNullable(published.get(name));
    }

    private void queueEvent(QueueEvent event, Consequences out) {
        QueueBook book = book(event.queue());
        Instant at = event.stamp().pbxTime();
        if (event instanceof QueueEvent.QueueCallerJoined joined) {
            ChannelId channel = joined.caller().id();
            book.join(new WaitingCaller(joined.caller().callId(), channel,
                    callers.apply(channel).orElse(CallerId.UNKNOWN), joined.position(), event.stamp().receivedAt()));
            out.add(change(book, at, Change.CALLER_JOINED, joined.caller().callId(), null, ""));
        } else if (event instanceof QueueEvent.QueueCallerAbandoned gone) {
            book.leave(gone.caller().id()).ifPresentOrElse(caller -> {
                abandoned.add(caller.channel());
                out.add(change(book, at, Change.CALLER_ABANDONED, caller.call(), null, ""));
            }, () -> out.anomaly(notWaiting(event, gone.caller().id())));
        } else if (event instanceof QueueEvent.QueueCallerLeft left) {
            Optional<WaitingCaller> caller = book.leave(left.caller().id());
            if (caller.isPresent()) {
                out.add(change(book, at, Change.CALLER_LEFT, caller.get().call(), null, ""));
            } else if (!abandoned.remove(left.caller().id())) {
                out.anomaly(notWaiting(event, left.caller().id()));
            }
        } else {
            new MemberChanges(book, at, out).apply(event);
        }
    }

    private void hungUp(ChannelHungUp event, Consequences out) {
        abandoned.remove(event.channel().id());
        for (QueueBook book : books.values()) {
            book.leave(event.channel().id()).ifPresent(caller -> out.add(change(book, event.stamp().pbxTime(),
                    Change.CALLER_ABANDONED, caller.call(), null, "hung up without QueueCallerAbandon")));
        }
    }

    private void resync(PbxSynchronized event, Consequences out) {
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
