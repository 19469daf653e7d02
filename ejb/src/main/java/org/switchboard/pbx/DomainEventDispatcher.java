package org.switchboard.pbx;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;

import org.switchboard.runtime.KeyedSerialExecutor;
import org.switchboard.runtime.LogContext;
import org.switchboard.shared.model.DomainEvent;

/**
 * Hands the domain events of the PBX model to every {@link DomainEventConsumer}, each on its own
 * {@link KeyedSerialExecutor} over the shared executor: events with the same key (the call id, or the event
 * name for events about no call) reach a consumer one at a time and in order; different keys and different
 * consumers go side by side. {@link #dispatch(List)} never blocks, so the AMI pump that calls it never waits
 * on a consumer. A consumer that throws is logged with the event and its call id and gets the next event; a
 * consumer so far behind that its backlog is full loses the event for itself only, with a log line naming
 * the event, and every other consumer still gets it.
 */
public final class DomainEventDispatcher {

    /**
     * How many events may wait for one consumer before it loses new ones: the synchronisation with a PBX of 10,000
     * phones announces each phone's registration at once, and must fit several times over (a bound of 10,000 lost the
     * synchronisation's last events, {@code MirrorSynchronised} among them, for the topic's publisher). Some 200 bytes
     * an event: 20 MB for a consumer that is that far behind.
     */
    public static final int BACKLOG = 100_000;
    /** How many threads of the shared executor one consumer may take at once. */
    public static final int PARALLELISM = 2;

    /** The counters of one consumer. */
    public record ConsumerStats(String consumer, long delivered, long failed, long dropped, int waiting) {
    }

    private final List<Lanes> consumers;

    public DomainEventDispatcher(Executor executor, List<? extends DomainEventConsumer> consumers) {
        this.consumers = consumers.stream().map(consumer -> new Lanes(consumer, executor)).toList();
        consumers.forEach(consumer -> PbxLog.LOG.consumerRegistered(consumer.name()));
    }

    /** Queues each event for every consumer that wants it; returns at once. */
    public void dispatch(List<? extends DomainEvent> events) {
        for (DomainEvent event : events) {
            for (Lanes lanes : consumers) {
                lanes.offer(event);
            }
        }
    }

    public List<ConsumerStats> stats() {
        return consumers.stream().map(Lanes::stats).toList();
    }

    private static Object keyOf(DomainEvent event) {
        return event.callId().<Object>map(id -> id).orElse(event.eventType());
    }

    private static String callOf(DomainEvent event) {
        return event.callId().map(id -> id.value()).orElse(null);
    }

    /** One consumer with its lanes and counters. */
    private static final class Lanes {
        private final DomainEventConsumer consumer;
        private final KeyedSerialExecutor lanes;
        private final LongAdder delivered = new LongAdder();
        private final LongAdder failed = new LongAdder();
        private final LongAdder dropped = new LongAdder();

        Lanes(DomainEventConsumer consumer, Executor executor) {
            this.consumer = consumer;
            this.lanes = new KeyedSerialExecutor(executor, BACKLOG, PARALLELISM, (key, failure) -> failed.increment());
        }

        void offer(DomainEvent event) {
            if (!consumer.wants(event)) {
                return;
            }
            if (!lanes.submit(keyOf(event), () -> deliver(event))) {
                dropped.increment();
                PbxLog.LOG.consumerBehind(consumer.name(), BACKLOG, event.eventType(), event);
            }
        }

        private void deliver(DomainEvent event) {
            try (LogContext ids = LogContext.only(LogContext.CALL, callOf(event))) {
                try {
                    consumer.accept(event);
                    delivered.increment();
                } catch (RuntimeException | Error e) {
                    PbxLog.LOG.consumerFailed(consumer.name(), event.eventType(), event, e);
                    throw e;
                }
            }
        }

        ConsumerStats stats() {
            return new ConsumerStats(consumer.name(), delivered.sum(), failed.sum(), dropped.sum(), lanes.pending());
        }
    }
}
