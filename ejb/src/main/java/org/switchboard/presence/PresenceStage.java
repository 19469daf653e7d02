package org.switchboard.presence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;

import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceEvent;
import org.switchboard.presence.model.UserId;
import org.switchboard.runtime.LogContext;

/**
 * The store stage of the presence service: one serial stage after the users' lanes. A lane hands it what a change
 * derived (the events, whose last presence is the user's newest); the stage takes everything handed since its last
 * round as one batch, stores the newest presence of each user of the batch in one transaction, then publishes the
 * batch's events in the order they were handed, in one go. So a change is stored before it is broadcast, one user's
 * events keep their order, and many users' changes share one transaction. A batch whose transaction fails is stored
 * again user by user, so that only the users that cannot be stored are logged (SWB3005), and broadcast anyway, as a
 * lane did before; an event that cannot be published is logged (SWB3006) and told to this node's watchers.
 */
final class PresenceStage {

    /** Where the stage writes and publishes (the JPA store and the topics in the server). */
    interface Outlet {
        /** Stores each presence, newest of its user, in one transaction. */
        void saveAll(List<Presence> newest);

        /** Stores one presence in its own transaction. */
        void save(Presence presence);

        /** Publishes the events in their order; each that cannot be sent is handed to {@code notSent}. */
        void publishAll(List<PresenceEvent> events, BiConsumer<PresenceEvent, Exception> notSent);
    }

    /** At most so many hand-overs in one batch (one transaction). */
    static final int BATCH = 1_000;
    /** How many hand-overs may wait before a lane waits for room (at most {@link PresenceWork#WAIT}). */
    static final int CAPACITY = 20_000;

    /** What a lane handed: a change's events of its generation, or a continuation to run once all before are done. */
    private record Handed(PresenceState in, List<PresenceEvent> events, Runnable then) {
    }

    private final Executor executor;
    private final Outlet outlet;
    private final BiConsumer<PresenceState, PresenceEvent> unpublished;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition room = lock.newCondition();
    private final Condition idle = lock.newCondition();
    private final ArrayDeque<Handed> waiting = new ArrayDeque<>();
    private boolean draining;

    /**
     * @param unpublished hears an event that could not be published, with the generation it was derived in
     */
    PresenceStage(Executor executor, Outlet outlet, BiConsumer<PresenceState, PresenceEvent> unpublished) {
        this.executor = executor;
        this.outlet = outlet;
        this.unpublished = unpublished;
    }

    /** Hands over a change's events (in their order) to be stored and published; waits while the stage is full. */
    void store(PresenceState in, List<PresenceEvent> events) {
        if (!events.isEmpty()) {
            hand(new Handed(in, List.copyOf(events), null));
        }
    }

    /** Runs {@code then} once everything handed before is stored and published (at once when nothing waits). */
    void then(Runnable then) {
        boolean done;
        lock.lock();
        try {
            done = waiting.isEmpty() && !draining;
        } finally {
            lock.unlock();
        }
        if (done) {
            then.run();
        } else {
            hand(new Handed(null, List.of(), then));
        }
    }

    /** Waits until everything handed before is stored and published (a restart's barrier). */
    void flush() {
        lock.lock();
        try {
            while (draining || !waiting.isEmpty()) {
                idle.awaitUninterruptibly();
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many hand-overs wait. */
    int backlog() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    private void hand(Handed handed) {
        boolean start;
        lock.lock();
        try {
            long left = PresenceWork.WAIT.toNanos();
            while (waiting.size() >= CAPACITY && left > 0) {
                left = room.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // past the wait it is queued all the same: a change is never lost for a slow database
            waiting.add(handed);
            start = !draining;
            draining = true;
            lock.unlock();
        }
        if (start) {
            startDrain();
        }
    }

    private void startDrain() {
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException stopping) {
            drain(); // the executor stops: the lane finishes the work itself rather than leave waiters hanging
        }
    }

    /** Batch after batch, until nothing waits. */
    private void drain() {
        while (true) {
            List<Handed> batch = new ArrayList<>();
            lock.lock();
            try {
                while (batch.size() < BATCH && !waiting.isEmpty()) {
                    batch.add(waiting.poll());
                }
                if (batch.isEmpty()) {
                    draining = false;
                    idle.signalAll();
                    return;
                }
                room.signalAll();
            } finally {
                lock.unlock();
            }
            try {
                run(batch);
            } catch (RuntimeException | Error e) {
                PresenceLog.LOG.laneFailed("store stage", e);
            }
        }
    }

    private void run(List<Handed> batch) {
        Map<UserId, Presence> newest = new LinkedHashMap<>();
        List<PresenceEvent> events = new ArrayList<>();
        Map<PresenceEvent, PresenceState> generation = new IdentityHashMap<>();
        for (Handed handed : batch) {
            for (PresenceEvent event : handed.events()) {
                newest.merge(event.user(), event.presence(), (was, now) -> now.version() >= was.version() ? now : was);
                events.add(event);
                generation.put(event, handed.in());
            }
        }
        if (!newest.isEmpty()) {
            save(List.copyOf(newest.values()));
        }
        if (!events.isEmpty()) {
            publish(events, generation);
        }
        for (Handed handed : batch) {
            if (handed.then() != null) {
                handed.then().run();
            }
        }
    }

    private void save(List<Presence> newest) {
        try {
            outlet.saveAll(newest);
        } catch (Exception batchFailed) { // a container's interceptor may throw a checked exception (a failed commit)
            for (Presence presence : newest) {
                try {
                    outlet.save(presence);
                } catch (Exception e) {
                    try (LogContext ids = LogContext.only(LogContext.USER, presence.user().value())) {
                        PresenceLog.LOG.notStored(presence.user().value(), presence.version(), e);
                    }
                }
            }
        }
    }

    private void publish(List<PresenceEvent> events, Map<PresenceEvent, PresenceState> generation) {
        BiConsumer<PresenceEvent, Exception> notSent = (event, e) -> {
            try (LogContext ids = LogContext.only(LogContext.USER, event.user().value())) {
                PresenceLog.LOG.notPublished(event.getClass().getSimpleName(), event.user().value(), e);
                unpublished.accept(generation.get(event), event);
            }
        };
        try {
            outlet.publishAll(events, notSent);
        } catch (Exception e) { // no session could be had, or the commit failed: none of them went out
            events.forEach(event -> notSent.accept(event, e));
        }
    }
}
