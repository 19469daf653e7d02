package org.switchboard.bench;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.management.JMException;
import javax.management.MBeanServerConnection;

import org.switchboard.pbx.scripted.demo.DemoOffice;

/**
 * Console sessions through the deployed server: the real server (as {@code ami-ingestion-server.sh} starts it)
 * with the scripted AMI server in this JVM as its Asterisk, playing the demo office plus one desk per
 * receptionist (phone 301, ..., personal queue PersonalQueue301, ...); the receptionists' accounts created over
 * JMX; one {@code ConsoleTestClient} per receptionist on its own TCP connection to the SIP port, logged in paused,
 * with one call waiting in her personal queue. Prints, and asserts nothing: (1) NOTE commands over SIP MESSAGE at
 * a steady offered rate, then at saturation: commands/s, the SIP round trip and the time to the STATE update;
 * (2) the demo office day at a steady AMI event rate while probe calls join the desks' personal queues: the time
 * from the PBX writing a probe to its STATE update read by the desk's client, and the server's AMI figures.
 * Started by {@code bench/console-sessions.sh}.
 *
 * <p>Arguments, all optional, in order: receptionists [50], commands per second of (1) [500], seconds of each
 * run [30], seconds at saturation [20], AMI events per second of (2) [1000], probe calls per second of (2) [20],
 * the receptionists' general queues, comma-separated, or {@code none} [GeneralQueue].
 */
public final class ConsoleSessionsBench {

    private static final int WARM_UP_SECONDS = 10;
    private static final int IDLE_SECONDS = 10;

    private ConsoleSessionsBench() {
    }

    public static void main(String[] args) throws Exception {
        int receptionists = AmiIngestionBench.intArg(args, 0, 50);
        int commandRate = AmiIngestionBench.intArg(args, 1, 500);
        int seconds = AmiIngestionBench.intArg(args, 2, 30);
        int saturation = AmiIngestionBench.intArg(args, 3, 20);
        int eventRate = AmiIngestionBench.intArg(args, 4, 1_000);
        int probeRate = AmiIngestionBench.intArg(args, 5, 20);
        String generalQueues = args.length > 6 ? args[6] : DemoOffice.GENERAL_QUEUE;
        Clock clock = Clock.systemUTC();
        DemoOffice office = DemoOffice.standard();
        try (ServerWithPbx started = ServerWithPbx.start(office.withDesks(receptionists), clock);
                ConsoleDesks desks = ConsoleDesks.open(started.gauges().connection(), started.pbx().office(),
                        started.sipPort(), receptionists, generalQueues.equals("none") ? "" : generalQueues)) {
            System.out.println(generalQueues.equals("none") ? "They serve their personal queues only"
                    : "Their general queues: " + generalQueues + " (the office day's reception calls queue there)");
            idle(started, desks);
            CommandLoad commands = new CommandLoad(desks, started.server(), started.gauges());
            commands.offered(String.format("warm-up: %,d commands/s for %d s (figures for the record only)",
                    commandRate, WARM_UP_SECONDS), commandRate, WARM_UP_SECONDS);
            commands.offered(String.format("(1a) offered load %,d commands/s for %d s", commandRate, seconds),
                    commandRate, seconds);
            commands.saturated(String.format("(1b) saturation: each of the %d clients sends its next command when"
                    + " the previous one is answered, for %d s", receptionists, saturation), saturation);

            EventStream stream = new EventStream(office, AmiIngestionBench.SEED, clock.instant());
            ServerLoad load = new ServerLoad(started.pbx(), started.gauges(), started.server(), new EndedCalls(),
                    clock);
            ServerResources resources = new ServerResources(started.server(), started.gauges().connection());
            long[] readBefore = desks.updatesRead();
            ProbeCalls probes = new ProbeCalls(desks, started.pbx().office(), probeRate, seconds);
            load.play(String.format("(2) the demo office day at %,d AMI events/s for %d s, with %d probe calls a"
                    + " second to the desks' personal queues", eventRate, seconds, probeRate), stream::next,
                    (long) eventRate * seconds, eventRate);
            probes.awaitAndPrint();
            System.out.println("  server JVM   " + resources.summary(eventRate * seconds / 1_000.0,
                    "1,000 AMI events (probes and the consoles' work included)"));
            resources.close();
            System.out.println("  clients      " + desks.readSince(readBefore));
            printEnd(started, desks);
        }
    }

    /** The server with every session logged in and nothing sent but the clients' keep-alives. */
    static void idle(ServerWithPbx started, ConsoleDesks desks) throws InterruptedException {
        String load = ServerLoad.loadAverage();
        long[] readBefore = desks.updatesRead();
        try (ServerResources resources = new ServerResources(started.server(), started.gauges().connection())) {
            TimeUnit.SECONDS.sleep(IDLE_SECONDS);
            System.out.printf("idle: %d s with %d sessions logged in and nothing sent but OPTIONS keep-alives   [load"
                    + " average before: %s]%n", IDLE_SECONDS, desks.size(), load);
            System.out.println("  server JVM   " + resources.summary(IDLE_SECONDS, "second"));
            System.out.println("  clients      " + desks.readSince(readBefore));
        }
    }

    private static void printEnd(ServerWithPbx started, ConsoleDesks desks) throws IOException, JMException {
        MBeanServerConnection jmx = started.gauges().connection();
        int loggedIn = (Integer) jmx.getAttribute(ServerGauges.name("Consoles"), "LoggedInCount");
        String[] check = (String[]) jmx.invoke(ServerGauges.name("Consoles"), "checkQueues", new Object[0],
                new String[0]);
        Map<String, Long> log = started.server().warningsAndErrors();
        System.out.printf("At the end: %d sessions logged in; clients saw %d gaps, %d closed by the server; queue"
                + " check: %s%n", loggedIn, desks.gaps(), desks.closedByServer(), check.length <= 2
                ? String.join(" ", check) : check.length + " lines, first " + Arrays.toString(
                        Arrays.copyOf(check, 3)));
        System.out.printf("Server at the end: resident %,d MiB, peak %,d MiB; server.log WARN and ERROR lines: %s%n",
                started.server().residentKib() / 1024, started.server().peakResidentKib() / 1024,
                log.isEmpty() ? "none" : log);
    }
}
