package org.switchboard.pbx.ami;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.switchboard.pbx.model.CommandAnswered;
import org.switchboard.pbx.model.ConnectionEvent.PbxFullyBooted;
import org.switchboard.pbx.model.ConnectionEvent.PbxReloaded;
import org.switchboard.pbx.model.ConnectionEvent.PbxSynchronized;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.model.PbxSnapshot;
import org.switchboard.pbx.model.Stamp;

/**
 * Keeps the models consistent with the PBX across gaps in the event stream. On a (re)connect, a
 * FullyBooted or Reload event, a pump overflow or an explicit request it starts holding back the live
 * events, has a snapshot taken on the worker (never on asterisk-java's thread, never on the pump's), and
 * when the snapshot comes back hands on {@link PbxSynchronized} followed by the held-back events in their
 * order. Nothing that arrived during the snapshot is lost or applied before it.
 *
 * <p>All methods except the snapshot task run on the pump's consumer thread, so the state needs no lock.
 * Every start bumps a generation; a snapshot of an older generation is discarded. A disconnect abandons a
 * resync in progress: the held-back events are dropped, since the models are told the link is down and the
 * next connect brings a full snapshot. A FullyBooted during a resync joins it (Asterisk sends one right
 * after every login) and is handed on just before the snapshot that answers it; a Reload or an explicit
 * request during a resync runs another one after it.
 */
final class AmiResynchronizer {

    /** Takes the PBX's state with list actions; blocking, called on the worker. */
    @FunctionalInterface
    interface SnapshotSource {
        PbxSnapshot take() throws Exception;
    }

    /** Hears where the resync is, to show SYNCHRONIZING and to drop a link whose snapshot failed. */
    interface Observer {
        void resyncing(String cause);

        void synchronised();

        void snapshotFailed(String cause, Exception failure);
    }

    /** A snapshot back from the worker, posted into the pump so it is ordered with the live events. */
    record SnapshotTaken(long generation, PbxSnapshot snapshot) {
    }

    private final Consumer<PbxEvent> handOn;
    private final Consumer<SnapshotTaken> post;
    private final SnapshotSource source;
    private final Executor worker;
    private final Observer observer;
    private final int capacity;
    private final Clock clock;

    private final List<PbxEvent> heldBack = new ArrayList<>();
    private boolean linked;
    private long generation;
    private String cause;
    private String again;

    AmiResynchronizer(Consumer<PbxEvent> handOn, Consumer<SnapshotTaken> post, SnapshotSource source,
            Executor worker, Observer observer, int capacity, Clock clock) {
        this.handOn = handOn;
        this.post = post;
        this.source = source;
        this.worker = worker;
        this.observer = observer;
        this.capacity = capacity;
        this.clock = clock;
    }

    /** A translated live event: handed on, or held back while a snapshot is taken; it may start a resync. */
    void live(PbxEvent event) {
        if (cause == null) {
            handOn.accept(event);
        } else if (heldBack.size() < capacity) {
            heldBack.add(event);
        } else {
            AmiLog.LOG.resyncBacklogFull(capacity);
            start("backlog overflow");
            return;
        }
        if (event instanceof PbxFullyBooted) {
            request("FullyBooted", false);
        } else if (event instanceof PbxReloaded) {
            request("Reload", true);
        }
    }

    /** The link came up: the models hear it, then a snapshot is taken. */
    void connected(PbxEvent connected) {
        linked = true;
        handOn.accept(connected);
        start("connected");
    }

    /** The link went down: a resync in progress is abandoned and the models hear it at once. */
    void disconnected(PbxEvent disconnected) {
        linked = false;
        abandon();
        handOn.accept(disconnected);
    }

    /** The pump dropped its backlog: whatever the models had may be missing events. */
    void overflowed() {
        start("overflow");
    }

    /** An explicit request, or a trigger event; {@code repeat} runs another resync if one is in progress. */
    void request(String why, boolean repeat) {
        if (!linked) {
            return;
        }
        if (cause == null) {
            start(why);
        } else if (repeat) {
            again = why;
        }
    }

    void snapshotTaken(SnapshotTaken taken) {
        if (cause == null || taken.generation() != generation) {
            return;
        }
        String done = cause;
        cause = null;
        List<PbxEvent> replay = List.copyOf(heldBack);
        heldBack.clear();
        // a FullyBooted that joined this resync is answered by its snapshot: handed after it, it would leave
        // the models waiting for a snapshot that has already come
        replay.stream().filter(PbxFullyBooted.class::isInstance).forEach(handOn);
        handOn.accept(new PbxSynchronized(Stamp.at(clock.instant()), taken.snapshot(), done));
        replay.stream().filter(event -> !(event instanceof PbxFullyBooted)).forEach(handOn);
        PbxSnapshot snapshot = taken.snapshot();
        AmiLog.LOG.synchronised(done, snapshot.channels().size(), snapshot.queues().size(), snapshot.parked().size(),
                snapshot.devices().size(), snapshot.contacts().size(), replay.size());
        observer.synchronised();
        if (again != null) {
            String next = again;
            again = null;
            start(next);
        }
    }

    /** Dropped live events are superseded by the next snapshot; a command's answer is not, so it is kept. */
    private void keepOnlyAnswers() {
        heldBack.removeIf(event -> !(event instanceof CommandAnswered));
    }

    boolean resyncing() {
        return cause != null;
    }

    private void start(String why) {
        keepOnlyAnswers();
        generation++;
        cause = why;
        again = null;
        long mine = generation;
        AmiLog.LOG.resyncStarted(why);
        observer.resyncing(why);
        try {
            worker.execute(() -> take(mine, why));
        } catch (RejectedExecutionException stopping) {
            abandon();
        }
    }

    private void take(long mine, String why) {
        try {
            post.accept(new SnapshotTaken(mine, source.take()));
        } catch (Exception failure) {
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            AmiLog.LOG.snapshotFailed(why, String.valueOf(failure.getMessage()));
            observer.snapshotFailed(why, failure);
        }
    }

    private void abandon() {
        keepOnlyAnswers();
        List.copyOf(heldBack).forEach(handOn);
        heldBack.clear();
        generation++;
        cause = null;
        again = null;
    }
}
