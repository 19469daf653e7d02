package org.switchboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.ScriptedAmiServer;

/**
 * Plays events from the scripted PBX into the running server, at a steady rate or as fast as the link takes them,
 * stamping each one's Timestamp with the wall clock just before it is written, and prints what the server did with
 * them, read over JMX: AMI events through the model per second, the pump's lag, each domain-event consumer's
 * progress, anomalies, and the server JVM's CPU time per event and resident memory. At saturation the events are
 * made beforehand in chunks, and each chunk is sent and let through before the next is made, so that making them
 * does not take the cores from the server; the rate counts from the first event sent to the last moment the
 * server's counts moved. A chunk is half the pump's queue (10,000 events by default): the scripted PBX writes
 * several times faster than the server applies, and a bigger burst overflows the queue, which by design drops what
 * waits and resynchronises, so the figures would be those of resyncs.
 */
final class ServerLoad {

    private static final Duration QUIET = Duration.ofSeconds(1);
    private static final Duration SETTLE = Duration.ofMinutes(10);
    private static final int CHUNK = 5_000;

    private final ScriptedAmiServer pbx;
    private final ServerGauges gauges;
    private final SwitchboardServer server;
    private final EndedCalls ended;
    private final Clock clock;

    ServerLoad(ScriptedAmiServer pbx, ServerGauges gauges, SwitchboardServer server, EndedCalls ended, Clock clock) {
        this.pbx = pbx;
        this.gauges = gauges;
        this.server = server;
        this.ended = ended;
        this.clock = clock;
    }

    /** What a run measured, for a caller that prints a summary line of several runs. */
    record Result(long emitted, double seconds, long applied, int liveCalls, long cpuMillis, long residentKib) {

        double eventsPerSecond() {
            return emitted / seconds;
        }
    }

    /** Plays {@code count} events of {@code source} at {@code perSecond} (0: as fast as the link takes them). */
    Result play(String title, Supplier<AmiMessage> source, long count, int perSecond) throws InterruptedException {
        Runs runs = new Runs(title);
        if (perSecond > 0) {
            runs.paced(source, count, perSecond);
        } else {
            for (long done = 0; done < count; done += CHUNK) {
                List<AmiMessage> chunk = new ArrayList<>();
                for (long i = done; i < Math.min(count, done + CHUNK); i++) {
                    chunk.add(source.get());
                }
                runs.saturated(chunk);
            }
        }
        return runs.print(perSecond);
    }

    /** Plays these events as fast as the link takes them, in chunks. */
    Result play(String title, List<AmiMessage> events) throws InterruptedException {
        Runs runs = new Runs(title);
        for (int from = 0; from < events.size(); from += CHUNK) {
            runs.saturated(events.subList(from, Math.min(events.size(), from + CHUNK)));
        }
        return runs.print(0);
    }

    /** The chunks of one run, measured one by one and added up. */
    private final class Runs {

        private final String title;
        private final String load = loadAverage();
        private final ServerGauges.Reading before = gauges.read();
        private final long cpuBefore = server.cpuMillis();
        private ServerGauges.Reading after = before;
        private long emitted;
        private long emittingNanos;
        private long throughNanos;
        private long consumersBehindNanos;
        private long maxLag;
        private long maxLastEventLag;
        private long maxWaiting;
        private long maxConsumersWaiting;

        Runs(String title) {
            this.title = title;
        }

        void paced(Supplier<AmiMessage> source, long count, int perSecond) throws InterruptedException {
            measure(start -> {
                for (long i = 0; i < count; i++) {
                    AmiMessage event = source.get();
                    OfferedLoad.awaitDue(start + i * 1_000_000_000L / perSecond);
                    send(event);
                }
                return count;
            });
        }

        void saturated(List<AmiMessage> chunk) throws InterruptedException {
            measure(start -> {
                chunk.forEach(this::send);
                return chunk.size();
            });
        }

        private void send(AmiMessage event) {
            ended.note(event);
            pbx.emit(event.with("Timestamp", OfferedLoad.timestamp(clock.instant())));
        }

        private void measure(Emission emission) throws InterruptedException {
            try (ServerSampler sampler = new ServerSampler(gauges, gauges.read())) {
                long start = System.nanoTime();
                emitted += emission.emit(start);
                emittingNanos += System.nanoTime() - start;
                after = sampler.awaitQuiet(QUIET, SETTLE);
                throughNanos += Math.max(sampler.lastMovedAt(), start) - start;
                consumersBehindNanos += Math.max(0, sampler.consumersLastBusyAt() - sampler.lastMovedAt());
                maxLag = Math.max(maxLag, sampler.maxLagMillis());
                maxLastEventLag = Math.max(maxLastEventLag, sampler.maxLastEventLagMillis());
                maxWaiting = Math.max(maxWaiting, sampler.maxWaiting());
                maxConsumersWaiting = Math.max(maxConsumersWaiting, sampler.maxConsumersWaiting());
            }
        }

        Result print(int perSecond) {
            long cpu = server.cpuMillis() - cpuBefore;
            long resident = server.residentKib();
            int liveCalls = gauges.callCount();
            long applied = after.applied() - before.applied();
            double seconds = throughNanos / 1e9;
            System.out.println(title + "   [load average before: " + load + "]");
            System.out.printf("  offered      %,d AMI events in %.2f s: %,.0f events/s%s%n", emitted,
                    emittingNanos / 1e9, emitted / (emittingNanos / 1e9),
                    perSecond > 0 ? "" : String.format(" (made beforehand in chunks of %,d)", CHUNK));
            System.out.printf("  through      %,d AMI events through the server's model in %.2f s: %,.0f events/s"
                    + " (%,d PbxEvents applied: %,.0f/s)%n", emitted, seconds, emitted / seconds, applied,
                    applied / seconds);
            System.out.printf("  pump         received %,d (with asterisk-java's DialEvent and BridgeEvent copies),"
                            + " translated %,d; overflows %d, link drops %d%n",
                    after.received() - before.received(), after.translated() - before.translated(),
                    after.overflows() - before.overflows(), after.disconnects() - before.disconnects());
            System.out.printf("  pump lag     sampled every %d ms: max LagMillis %,d ms, max LastEventLagMillis %,d ms,"
                    + " max EventsWaiting %,d%n", ServerSampler.PERIOD_MILLIS, maxLag, maxLastEventLag, maxWaiting);
            System.out.printf("  model        %,d domain events, %,d anomalies (by event type since the start: %s);"
                            + " %,d calls live at the end%n", after.domainEvents() - before.domainEvents(),
                    after.anomalies() - before.anomalies(), after.anomaliesByType(), liveCalls);
            System.out.printf("  consumers    %s; most waiting at a reading %,d; behind the model by %.2f s in all%n",
                    consumers(), maxConsumersWaiting, consumersBehindNanos / 1e9);
            System.out.printf("  server JVM   %,.0f ms CPU per 1,000 AMI events (all its threads, user and system);"
                    + " resident %,d MiB%n", cpu * 1_000.0 / Math.max(1, emitted), resident / 1024);
            return new Result(emitted, seconds, applied, liveCalls, cpu, resident);
        }

        private String consumers() {
            return after.consumers().stream().map(now -> {
                ServerGauges.Consumer then = before.consumers().stream()
                        .filter(consumer -> consumer.name().equals(now.name())).findFirst()
                        .orElse(new ServerGauges.Consumer(now.name(), 0, 0, 0, 0));
                return String.format("%s delivered %,d, failed %,d, dropped %,d, waiting %,d", now.name(),
                        now.delivered() - then.delivered(), now.failed() - then.failed(),
                        now.dropped() - then.dropped(), now.waiting());
            }).collect(Collectors.joining("; "));
        }
    }

    /** Sends a run's events from its start ({@link System#nanoTime()}); returns how many it sent. */
    @FunctionalInterface
    private interface Emission {
        long emit(long start);
    }

    /** The machine's load averages over 1, 5 and 15 minutes. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
