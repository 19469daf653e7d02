package org.switchboard.pbx.ami;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.jboss.logging.Logger;
import org.switchboard.pbx.model.CommandAnswered;
import org.switchboard.pbx.model.CommandResult;
import org.switchboard.pbx.model.ConnectionEvent.AmiConnected;
import org.switchboard.pbx.model.ConnectionEvent.AmiDisconnected;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.model.Stamp;
import org.switchboard.runtime.LogContext;

/**
 * The bounded, ordered queue between asterisk-java's event thread and our one consumer thread, which
 * translates each event and hands the result on to the sink in order (through the
 * {@link AmiResynchronizer}, which holds live events back while a snapshot is taken).
 *
 * <p>Offering never blocks. When the queue is full the backlog of live events is dropped on purpose, the
 * overflow is logged once (SWB1010, until the next successful resync) and a resync is queued, so the
 * models lose nothing silently. Connection events and the resync's own items survive an overflow. Events
 * that carry an ActionID (asterisk-java keeps our part of it as the internal action id) answer our
 * own list actions; they are counted as ignored and never queued. The answers to our commands come in
 * through {@link #answer} and leave as {@code CommandAnswered} events at their place in the stream.
 *
 * <p>The lag gauge reports the age of the oldest waiting event and how old the last handed event was when
 * it was handed. A sink that throws is logged with the event's correlation ids (SWB1012) and the pump
 * goes on with the next event.
 */
public final class AmiEventPump implements AutoCloseable {

    private static final Logger DEBUG = Logger.getLogger(AmiEventPump.class);

    /** Counters and lag, for JMX and health. */
    public record Stats(long received, long translated, long ignored, long unknown, long overflows, long dropped,
            int waiting, Duration oldestWaiting, Duration lastHandedLag) {
    }

    private sealed interface Item permits Live, Link, Resync, Snapshot, Overflowed, Answer {
        Instant receivedAt();
    }

    private record Live(ManagerEvent event, Instant receivedAt) implements Item {
    }

    private record Link(PbxEvent event, Instant receivedAt) implements Item {
    }

    private record Resync(String cause, Instant receivedAt) implements Item {
    }

    private record Snapshot(AmiResynchronizer.SnapshotTaken taken, Instant receivedAt) implements Item {
    }

    private record Overflowed(Instant receivedAt) implements Item {
    }

    /** The answer to a command, settled on the consumer thread into the results it ends (none if it ended before). */
    private record Answer(Supplier<List<CommandResult>> settle, Instant receivedAt) implements Item {
    }

    private final AmiEventTranslator translator;
    private final Consumer<PbxEvent> sink;
    private final AmiResynchronizer resynchronizer;
    private final BlockingQueue<Item> queue;
    private final int capacity;
    private final Clock clock;
    private final Thread consumer;
    private final Object overflowLock = new Object();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean overflowReported = new AtomicBoolean();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong replies = new AtomicLong();
    private final AtomicLong emptied = new AtomicLong();
    private final AtomicLong overflows = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicReference<Duration> lastHandedLag = new AtomicReference<>(Duration.ZERO);
    private volatile Instant currentReceivedAt;
    private volatile Consumer<CommandResult> answered = result -> { };

    /**
     * @param sink where the translated events go, in order, on the pump's thread
     * @param snapshots takes a snapshot of the PBX, on {@code worker}
     * @param observer hears resyncs start, finish and fail
     * @param threads makes the one consumer thread (the container's managed factory in the server)
     */
    public AmiEventPump(AmiEventTranslator translator, Consumer<PbxEvent> sink,
            AmiResynchronizer.SnapshotSource snapshots, AmiResynchronizer.Observer observer, Executor worker,
            int capacity, Clock clock, ThreadFactory threads) {
        this.translator = Objects.requireNonNull(translator, "translator");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.capacity = capacity;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.queue = new ArrayBlockingQueue<>(capacity);
        AmiResynchronizer.Observer quietAfterResync = new AmiResynchronizer.Observer() {
            @Override
            public void resyncing(String cause) {
                observer.resyncing(cause);
            }

            @Override
            public void synchronised() {
                overflowReported.set(false);
                observer.synchronised();
            }

            @Override
            public void snapshotFailed(String cause, Exception failure) {
                observer.snapshotFailed(cause, failure);
            }
        };
        this.resynchronizer = new AmiResynchronizer(this::hand, taken -> offer(new Snapshot(taken, clock.instant())),
                snapshots, worker, quietAfterResync, capacity, clock);
        this.consumer = threads.newThread(this::run);
    }

    public void start() {
        if (running.compareAndSet(false, true)) {
            consumer.start();
        }
    }

    /** An event from asterisk-java's thread; never blocks. */
    public void onManagerEvent(ManagerEvent event) {
        if (event instanceof ResponseEvent reply && (reply.getInternalActionId() != null || reply.getActionId() != null)) {
            replies.incrementAndGet();
            return;
        }
        received.incrementAndGet();
        offer(new Live(event, clock.instant()));
    }

    /** The link came up or went down; ordered with the events around it. */
    void link(PbxEvent event) {
        if (!(event instanceof AmiConnected) && !(event instanceof AmiDisconnected)) {
            throw new IllegalArgumentException("not a link event: " + event);
        }
        offer(new Link(event, clock.instant()));
    }

    /**
     * The answer to one of our commands, from asterisk-java's thread or a timer; never blocks. The consumer
     * thread settles it and hands each result on as a {@link CommandAnswered}, after the events offered before.
     */
    void answer(Supplier<List<CommandResult>> settle) {
        offer(new Answer(settle, clock.instant()));
    }

    /** Hears each command result just after the sink has had it, on the consumer thread. */
    void onAnswered(Consumer<CommandResult> listener) {
        this.answered = Objects.requireNonNull(listener, "listener");
    }

    boolean running() {
        return running.get();
    }

    /** Asks for a resync, taken in turn with the events already waiting. */
    public void resyncNow(String cause) {
        offer(new Resync(cause, clock.instant()));
    }

    public Stats stats() {
        long unknown = translator.unknown();
        long translated = translator.translated();
        long ignored = replies.get() + emptied.get() - unknown;
        Item oldest = queue.peek();
        Instant now = clock.instant();
        Instant busy = currentReceivedAt;
        Instant since = oldest != null ? oldest.receivedAt() : busy;
        return new Stats(received.get(), translated, Math.max(0, ignored), unknown, overflows.get(), dropped.get(),
                queue.size(), since == null ? Duration.ZERO : Duration.between(since, now), lastHandedLag.get());
    }

    @Override
    public void close() {
        running.set(false);
        consumer.interrupt();
    }

    private void offer(Item item) {
        if (queue.offer(item)) {
            return;
        }
        synchronized (overflowLock) {
            if (queue.offer(item)) {
                return;
            }
            List<Item> backlog = new ArrayList<>(capacity);
            queue.drainTo(backlog);
            List<Item> kept = backlog.stream().filter(waiting -> !(waiting instanceof Live)).toList();
            long lost = backlog.size() - kept.size();
            dropped.addAndGet(lost);
            long count = overflows.incrementAndGet();
            if (overflowReported.compareAndSet(false, true)) {
                AmiLog.LOG.overflow(backlog.size(), capacity, lost, received.get(), count);
            }
            queue.offer(new Overflowed(clock.instant()));
            kept.forEach(queue::offer);
            queue.offer(item);
        }
    }

    private void run() {
        while (running.get()) {
            Item item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                if (!running.get()) {
                    return;
                }
                continue;
            }
            currentReceivedAt = item.receivedAt();
            try {
                dispatch(item);
            } catch (RuntimeException e) {
                AmiLog.LOG.translationFailed(item.getClass().getSimpleName(), e);
            } finally {
                currentReceivedAt = null;
            }
        }
    }

    private void dispatch(Item item) {
        if (item instanceof Live live) {
            Optional<PbxEvent> event = translate(live.event(), live.receivedAt());
            if (event.isEmpty()) {
                emptied.incrementAndGet();
            }
            event.ifPresent(resynchronizer::live);
        } else if (item instanceof Link link) {
            if (link.event() instanceof AmiConnected) {
                resynchronizer.connected(link.event());
            } else {
                resynchronizer.disconnected(link.event());
            }
        } else if (item instanceof Resync resync) {
            resynchronizer.request(resync.cause(), true);
        } else if (item instanceof Snapshot snapshot) {
            resynchronizer.snapshotTaken(snapshot.taken());
        } else if (item instanceof Answer answer) {
            answer.settle().get().forEach(result ->
                    resynchronizer.live(new CommandAnswered(Stamp.at(answer.receivedAt()), result)));
        } else {
            DEBUG.debug("Overflow marker reached the consumer; resynchronising");
            resynchronizer.overflowed();
        }
    }

    private Optional<PbxEvent> translate(ManagerEvent event, Instant receivedAt) {
        try {
            return translator.translate(event, receivedAt);
        } catch (RuntimeException e) {
            AmiLog.LOG.translationFailed(AmiFields.eventName(event.getClass()), e);
            return Optional.empty();
        }
    }

    /** Hands one event to the sink with its correlation ids in the MDC; a failing sink does not stop the pump. */
    private void hand(PbxEvent event) {
        Optional<ChannelRef> subject = event.subject();
        try (LogContext ids = LogContext.only(LogContext.CALL, subject.map(ch -> ch.callId().value()).orElse(null),
                LogContext.CHANNEL, subject.map(ch -> ch.id().value()).orElse(null))) {
            try {
                sink.accept(event);
            } catch (RuntimeException e) {
                AmiLog.LOG.sinkFailed(event.getClass().getSimpleName(), e);
            }
            if (event instanceof CommandAnswered command) {
                answered.accept(command.result());
            }
        } finally {
            lastHandedLag.set(Duration.between(event.stamp().receivedAt(), clock.instant()));
        }
    }
}
