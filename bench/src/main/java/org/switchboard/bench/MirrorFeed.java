package org.switchboard.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import org.switchboard.pbx.mirror.Applied;
import org.switchboard.pbx.mirror.PbxMirror;
import org.switchboard.pbx.model.ConnectionEvent;
import org.switchboard.pbx.model.PbxEvent;

/**
 * The sink at the end of the pipeline: applies each event to a {@link PbxMirror}, as the server does, and times it.
 * Every PBX event carries the moment the scripted PBX wrote it (its Timestamp header, stamped from the wall clock
 * just before emission) and the moment asterisk-java's reader handed it to our pump; this sink adds the moments
 * the pump handed it over and the mirror finished with it. Link and snapshot events are applied but not timed.
 * Runs on the pump's thread; read its figures after a drain.
 */
final class MirrorFeed implements Consumer<PbxEvent> {

    /** Emission to the end of {@link PbxMirror#apply}, for every event. */
    final LatencyRecorder toModel = new LatencyRecorder();
    /** Emission to the end of {@link PbxMirror#apply}, for the events that produced one or more domain events. */
    final LatencyRecorder toDomainEvent = new LatencyRecorder();
    /** Emission to our pump's receipt: the socket, asterisk-java's reader and its own event thread. */
    final LatencyRecorder toPump = new LatencyRecorder();
    /** Our pump's receipt to handed to the mirror: the wait in the pump's queue plus translation. */
    final LatencyRecorder pumpLag = new LatencyRecorder();
    /** The time {@link PbxMirror#apply} took. */
    final LatencyRecorder apply = new LatencyRecorder();

    private final PbxMirror mirror = new PbxMirror();
    private final Clock clock;
    private long domainEvents;

    MirrorFeed(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void accept(PbxEvent event) {
        Instant handed = clock.instant();
        Applied applied = mirror.apply(event);
        Instant modelled = clock.instant();
        if (event instanceof ConnectionEvent) {
            return;
        }
        long latency = micros(event.stamp().pbxTime(), modelled);
        toModel.record(latency);
        if (!applied.events().isEmpty()) {
            toDomainEvent.record(latency);
            domainEvents += applied.events().size();
        }
        toPump.record(micros(event.stamp().pbxTime(), event.stamp().receivedAt()));
        pumpLag.record(micros(event.stamp().receivedAt(), handed));
        apply.record(micros(handed, modelled));
    }

    PbxMirror mirror() {
        return mirror;
    }

    long domainEvents() {
        return domainEvents;
    }

    /** Forgets the figures so far (the mirror keeps its state). Call between drains only. */
    void reset() {
        toModel.reset();
        toDomainEvent.reset();
        toPump.reset();
        pumpLag.reset();
        apply.reset();
        domainEvents = 0;
    }

    private static long micros(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1_000;
    }
}
