package org.switchboard.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.pbx.scripted.demo.DemoOffice;

/**
 * AMI ingestion through the deployed server: the scripted AMI server plays the demo office on 127.0.0.1, the real
 * server (WildFly from the last build, started by {@code start.sh} with the production logging level) is pointed
 * at it as at an Asterisk, and everything it does per event is in the figures: asterisk-java, the pump, the
 * model, the INFO log lines, the dispatcher's lanes, the CDR store (JPA on H2) and the CallEvents topic (Artemis).
 * The figures are read over JMX. Prints, and asserts nothing: (a) a steady offered load, (b) saturation, then
 * (c) the rate as answered calls are kept up in the server, up to thousands of live calls. Started by
 * {@code bench/ami-ingestion-server.sh}.
 *
 * <p>Arguments, all optional, in order: events per second of (a) [1000], seconds of (a) [30], events of (b)
 * [100000], warm-up events [20000], live calls held at the end of (c) [5000], calls held per step of (c) [1000].
 * The server's port offset is {@code SWB_BENCH_PORT_OFFSET} [600].
 */
public final class ServerIngestionBench {

    private ServerIngestionBench() {
    }

    public static void main(String[] args) throws Exception {
        int rate = AmiIngestionBench.intArg(args, 0, 1_000);
        int seconds = AmiIngestionBench.intArg(args, 1, 30);
        int saturation = AmiIngestionBench.intArg(args, 2, 100_000);
        int warmUp = AmiIngestionBench.intArg(args, 3, 20_000);
        int liveCalls = AmiIngestionBench.intArg(args, 4, 5_000);
        int step = AmiIngestionBench.intArg(args, 5, 1_000);
        Clock clock = Clock.systemUTC();
        DemoOffice office = DemoOffice.standard();
        try (ServerWithPbx started = ServerWithPbx.start(office, clock)) {
            run(new Bench(started.pbx(), started.server(), started.gauges(), office, clock), rate, seconds,
                    saturation, warmUp, liveCalls, step);
        }
    }

    private record Bench(ScriptedAmiServer pbx, SwitchboardServer server, ServerGauges gauges, DemoOffice office,
            Clock clock) {
    }

    private static void run(Bench bench, int rate, int seconds, int saturation, int warmUp, int liveCalls, int step)
            throws InterruptedException {
        ZoneId zone = bench.gauges().cdrZone();
        LocalDate firstDay = LocalDate.now(bench.clock().withZone(zone));
        EventStream stream = new EventStream(bench.office(), AmiIngestionBench.SEED, bench.clock().instant());
        EndedCalls ended = new EndedCalls();
        ServerLoad load = new ServerLoad(bench.pbx(), bench.gauges(), bench.server(), ended, bench.clock());
        load.play(String.format("warm-up: %,d events as fast as possible (figures for the record only)", warmUp),
                stream::next, warmUp, 0);
        load.play(String.format("(a) offered load %,d events/s for %d s", rate, seconds), stream::next,
                (long) rate * seconds, rate);
        load.play(String.format("(b) saturation: %,d events as fast as the link takes them", saturation),
                stream::next, saturation, 0);

        HeldCalls held = new HeldCalls(stream);
        List<ServerLoad.Result> steps = new ArrayList<>();
        while (held.established() < liveCalls) {
            int more = Math.min(step, liveCalls - held.established());
            steps.add(load.play(String.format("(c) the office day with %,d more answered calls kept up (%,d in all),"
                    + " as fast as the link takes it", more, held.established() + more), held.untilEstablished(more)));
        }
        if (!steps.isEmpty()) {
            System.out.println("(c) as the live calls grow, AMI events/s through the server and its CPU per 1,000"
                    + " events: " + steps.stream().map(result -> String.format("%,d calls %,.0f/s %,.0f ms",
                            result.liveCalls(), result.eventsPerSecond(),
                            result.cpuMillis() * 1_000.0 / Math.max(1, result.emitted())))
                    .collect(Collectors.joining("; ")));
        }
        printRecords(bench, ended, zone, firstDay);
    }

    /** Calls that ended in what was sent, the records the CDR store was handed, and those it holds. */
    private static void printRecords(Bench bench, EndedCalls ended, ZoneId zone, LocalDate firstDay) {
        ServerGauges.Reading now = bench.gauges().read();
        long stored = 0;
        for (LocalDate day = firstDay; !day.isAfter(LocalDate.now(bench.clock().withZone(zone)));
                day = day.plusDays(1)) {
            stored += bench.gauges().cdrsOf(day);
        }
        String handed = now.consumers().stream().filter(consumer -> consumer.name().equals("cdr-store"))
                .map(consumer -> String.format("%,d delivered, %,d failed, %,d dropped, %,d waiting",
                        consumer.delivered(), consumer.failed(), consumer.dropped(), consumer.waiting()))
                .findFirst().orElse("no cdr-store consumer");
        Map<String, Long> log = bench.server().warningsAndErrors();
        System.out.printf("Records: %,d calls ended in the events sent; CDR store %s; %,d CDRs stored (days from %s,"
                + " zone %s)%n", ended.ended(), handed, stored, firstDay, zone);
        System.out.printf("Server at the end: %,d live calls; %,d anomalies in all %s; resident %,d MiB, peak %,d MiB;"
                        + " server.log WARN and ERROR lines: %s%n", bench.gauges().callCount(), now.anomalies(),
                now.anomaliesByType(), bench.server().residentKib() / 1024,
                bench.server().peakResidentKib() / 1024, log.isEmpty() ? "none" : log);
    }
}
