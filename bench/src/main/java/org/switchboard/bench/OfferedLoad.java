package org.switchboard.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.switchboard.pbx.ami.AmiConnection;
import org.switchboard.pbx.ami.AmiEventPump;
import org.switchboard.pbx.mirror.MirrorStatus;
import org.switchboard.pbx.scripted.AmiMessage;

/**
 * Plays a number of events from the stream into the pipeline, at a steady rate or as fast as the link takes them,
 * stamping each one's Timestamp header with the wall clock just before the scripted PBX writes it, then waits for
 * the drain and prints what came out: rates, counts compared end to end, and latencies from {@link MirrorFeed}.
 * Events are stamped after they are made: making them is never in the latencies.
 */
final class OfferedLoad {

    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);
    private static final int CHUNK = 25_000;

    private final EventStream stream;
    private final IngestionPipeline pipeline;
    private final MirrorFeed feed;
    private final Clock clock;

    OfferedLoad(EventStream stream, IngestionPipeline pipeline, MirrorFeed feed, Clock clock) {
        this.stream = stream;
        this.pipeline = pipeline;
        this.feed = feed;
        this.clock = clock;
    }

    /** Where the counters stood before a run. */
    private record Counters(AmiEventPump.Stats pump, MirrorStatus mirror, AmiConnection.Stats link) {
    }

    /**
     * Plays {@code count} events at {@code perSecond} and prints the figures. With {@code perSecond} 0 the events
     * go as fast as the link takes them, in chunks made beforehand and drained one by one, so that making them does
     * not take the cores from the pipeline; the rates then count the emitting and draining time only.
     */
    void play(String title, long count, int perSecond) throws InterruptedException {
        feed.reset();
        Counters before = counters();
        long emitting = 0;
        long total = 0;
        long dials = 0;
        long drains = 0;
        boolean drained = true;
        for (long done = 0; done < count; ) {
            long size = perSecond > 0 ? count : Math.min(CHUNK, count - done);
            Iterator<AmiMessage> chunk = perSecond > 0 ? Stream.generate(stream::next).iterator() : ahead(size);
            long start = System.nanoTime();
            dials += emit(chunk, size, perSecond, start);
            emitting += System.nanoTime() - start;
            drained &= pipeline.drain(DRAIN_TIMEOUT);
            drains++;
            total += System.nanoTime() - start;
            done += size;
        }
        System.out.println(title);
        System.out.printf("  offered      %,d AMI events in %.2f s: %,.0f events/s%s%n", count, seconds(emitting),
                count / seconds(emitting), perSecond > 0 ? "" : String.format(" (made beforehand in chunks of %,d)",
                        CHUNK));
        System.out.printf("  through      %,d AMI events into the mirror in %.2f s: %,.0f events/s%s%n", count,
                seconds(total), count / seconds(total), drained ? "" : " (DRAIN TIMED OUT)");
        printCounts(before, counters(), count, dials, drains);
        System.out.println("  latency, emitted -> end of PbxMirror.apply   " + feed.toModel.summary());
        System.out.println("  latency, emitted -> domain event(s) out     " + feed.toDomainEvent.summary());
        System.out.println("  emitted -> read into our pump               " + feed.toPump.summary());
        System.out.println("  pump lag, read -> handed to the mirror      " + feed.pumpLag.summary());
        System.out.println("  PbxMirror.apply alone                       " + feed.apply.summary());
    }

    private Iterator<AmiMessage> ahead(long size) {
        List<AmiMessage> chunk = new ArrayList<>((int) size);
        for (long i = 0; i < size; i++) {
            chunk.add(stream.next());
        }
        return chunk.iterator();
    }

    /** Emits the events on time (as fast as possible when {@code perSecond} is 0); returns how many were dials. */
    private long emit(Iterator<AmiMessage> events, long count, int perSecond, long start) {
        long dials = 0;
        for (long i = 0; i < count; i++) {
            AmiMessage event = events.next();
            if (perSecond > 0) {
                awaitDue(start + i * 1_000_000_000L / perSecond);
            }
            pipeline.emit(event.with("Timestamp", timestamp(clock.instant())));
            String type = event.type();
            if (type.equals("DialBegin") || type.equals("DialEnd")) {
                dials++;
            }
        }
        return dials;
    }

    /**
     * The counts end to end. The pump counts asterisk-java's own compatibility events too (a DialEvent after each
     * DialBegin and DialEnd, a BridgeEvent after some bridge links), so what arrived may exceed what was sent; lost
     * events are those dropped by an overflow, translated but not applied, or missing at the pump. The drain markers
     * are not counted.
     */
    private void printCounts(Counters before, Counters after, long count, long dialCopies, long markers) {
        long arrived = after.pump().received() - before.pump().received() - markers;
        long translated = after.pump().translated() - before.pump().translated() - markers;
        long none = after.pump().ignored() + after.pump().unknown() - before.pump().ignored() - before.pump().unknown();
        long applied = after.mirror().eventsApplied() - before.mirror().eventsApplied();
        long dropped = after.pump().dropped() - before.pump().dropped();
        long missing = Math.max(0, count + dialCopies - arrived);
        System.out.printf("  counts       emitted %,d; arrived at our pump %,d (with asterisk-java's DialEvent copies of"
                + " the %,d DialBegin/DialEnd and some BridgeEvents); translated %,d; without a PbxEvent %,d;"
                + " applied %,d%n", count, arrived, dialCopies, translated, none, applied);
        System.out.printf("  lost         %,d (dropped by overflow %,d, translated but not applied %,d, missing at the"
                + " pump %,d)%n", dropped + Math.max(0, translated - applied) + missing, dropped,
                Math.max(0, translated - applied), missing);
        System.out.printf("  model        %,d domain events, %,d anomalies (by event type since the start: %s); %d"
                        + " calls live at the end%n",
                feed.domainEvents(), after.mirror().anomalies() - before.mirror().anomalies(),
                after.mirror().anomaliesByEventType(), feed.mirror().calls().size());
        System.out.printf("  queue        overflows %d, resyncs %d, link drops %d%n",
                after.pump().overflows() - before.pump().overflows(),
                after.mirror().resyncs() - before.mirror().resyncs(),
                after.link().disconnects() - before.link().disconnects());
    }

    private Counters counters() {
        return new Counters(pipeline.pumpStats(), feed.mirror().status(), pipeline.linkStats());
    }

    /** Waits for the moment an event is due; an event already late goes at once (the rate then catches up). */
    static void awaitDue(long dueNanos) {
        for (long wait = dueNanos - System.nanoTime(); wait > 0; wait = dueNanos - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }

    /** Asterisk's Timestamp: epoch seconds, a dot and six digits of microseconds. */
    static String timestamp(Instant at) {
        String micros = Integer.toString(at.getNano() / 1_000);
        return at.getEpochSecond() + "." + "000000".substring(micros.length()) + micros;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
