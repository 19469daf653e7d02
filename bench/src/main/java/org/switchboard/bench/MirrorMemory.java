package org.switchboard.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.switchboard.pbx.mirror.PbxMirror;
import org.switchboard.pbx.model.ConnectionEvent.PbxSynchronized;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.demo.DemoOffice;

/**
 * What live calls cost the {@link PbxMirror} alone, without sockets: the events that set up N established calls
 * ({@link HeldCalls}) are first sent once through the real pipeline and kept as the {@link PbxEvent}s it hands over;
 * the link is then closed and those events applied to a fresh mirror, each dropped once applied so that the mirror
 * owns whatever it keeps of them. The heap after full collections, minus the same with a mirror that has only the
 * snapshot, is the cost of the calls. The time each event took to apply is printed by fifths of the run, as the
 * number of live calls grows.
 */
final class MirrorMemory {

    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);
    private static final int FIFTHS = 5;

    private final DemoOffice office;
    private final long seed;
    private final Clock clock;

    MirrorMemory(DemoOffice office, long seed, Clock clock) {
        this.office = office;
        this.seed = seed;
        this.clock = clock;
    }

    void measure(int calls) throws InterruptedException {
        List<PbxEvent> snapshot = new ArrayList<>();
        List<PbxEvent> setups = capture(calls, snapshot);
        PbxMirror mirror = new PbxMirror();
        snapshot.forEach(mirror::apply);
        int events = setups.size();
        String costs = applyConsuming(mirror, setups);
        setups = null;
        long withCalls = HeapGauge.usedAfterFullGc();
        int live = mirror.calls().size();
        long anomalies = mirror.status().anomalies();
        mirror = null;
        PbxMirror empty = new PbxMirror();
        snapshot.forEach(empty::apply);
        long withoutCalls = HeapGauge.usedAfterFullGc();

        System.out.printf("  %,d established calls (%,d PbxEvents of set-up): mirror holds %,d live calls, %,d"
                + " anomalies%n", calls, events, live, anomalies);
        System.out.printf("    heap %,d KiB with the calls, %,d KiB with the snapshot only: %,d KiB for %,d calls,"
                        + " %,.0f KiB per 1,000 live calls%n", withCalls / 1024, withoutCalls / 1024,
                (withCalls - withoutCalls) / 1024, live, (withCalls - withoutCalls) / 1024.0 / live * 1_000);
        System.out.println("    apply time per event as the calls grow: " + costs);
        Reference.reachabilityFence(empty);
        Reference.reachabilityFence(snapshot);
    }

    /** The PbxEvents the pipeline makes of the set-up of {@code calls} calls; the snapshot's go to {@code snapshot}. */
    private List<PbxEvent> capture(int calls, List<PbxEvent> snapshot) throws InterruptedException {
        List<PbxEvent> handed = new ArrayList<>();
        HeldCalls held = new HeldCalls(new EventStream(office, seed, clock.instant()));
        try (IngestionPipeline pipeline = IngestionPipeline.start(office, handed::add, clock)) {
            int prefix = lastSnapshot(handed) + 1;
            snapshot.addAll(handed.subList(0, prefix));
            for (AmiMessage event : held.untilEstablished(calls)) {
                pipeline.emit(event);
            }
            if (!pipeline.drain(DRAIN_TIMEOUT)) {
                throw new IllegalStateException("the set-up events did not get through in " + DRAIN_TIMEOUT);
            }
            return new ArrayList<>(handed.subList(prefix, handed.size()));
        }
    }

    /**
     * Applies and forgets each event; returns, for each fifth of the run, the mean apply time per event on the wall
     * clock and in CPU time of this thread (the latter hardly moved by other processes on a busy machine), and the
     * live calls at its end.
     */
    private static String applyConsuming(PbxMirror mirror, List<PbxEvent> events) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        StringBuilder wall = new StringBuilder();
        StringBuilder cpu = new StringBuilder();
        StringBuilder live = new StringBuilder();
        int size = events.size();
        for (int fifth = 0; fifth < FIFTHS; fifth++) {
            int from = size * fifth / FIFTHS;
            int to = size * (fifth + 1) / FIFTHS;
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (int i = from; i < to; i++) {
                mirror.apply(events.set(i, null));
            }
            long wallNanos = System.nanoTime() - start;
            long cpuNanos = threads.getCurrentThreadCpuTime() - startCpu;
            String separator = fifth == 0 ? "" : ", ";
            double perEvent = Math.max(1, to - from) * 1_000.0;
            wall.append(String.format("%s%.1f", separator, wallNanos / perEvent));
            cpu.append(String.format("%s%.1f", separator, cpuNanos / perEvent));
            live.append(String.format("%s%,d", separator, mirror.calls().size()));
        }
        return String.format("wall %s µs; CPU %s µs (by fifths of the events; live calls at the end of each: %s)",
                wall, cpu, live);
    }

    private static int lastSnapshot(List<PbxEvent> handed) {
        for (int i = handed.size() - 1; i >= 0; i--) {
            if (handed.get(i) instanceof PbxSynchronized) {
                return i;
            }
        }
        throw new IllegalStateException("no snapshot reached the sink");
    }
}
