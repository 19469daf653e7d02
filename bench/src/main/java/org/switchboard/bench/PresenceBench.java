package org.switchboard.bench;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;

import org.switchboard.pbx.scripted.demo.DemoOffice;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * Presence through the deployed server: the real server with the scripted AMI server in this JVM as its Asterisk,
 * playing the demo office plus one desk per receptionist and one registered phone per colleague (10000, 10001, ...;
 * each registered phone is a login of its user, so every colleague is online); the receptionists' console test
 * clients log in over TCP asking for presence, so that each session watches every user whose phone it shows (all of
 * them). Then login changes of the colleagues (a passive login, then its log out, in turn) through the real presence
 * service, its JPA store, the PresenceChanged topic and the MDBs: the time from a change's request to the first and
 * to the last console having read the user's new version, at a steady rate, along a ramp of rates, and over the
 * REST API. Prints the figures with the server's CPU and heap; asserts nothing. Started by
 * {@code bench/presence.sh}.
 *
 * <p>Arguments, all optional, in order: colleagues [10000], receptionists [20], changes per second [1000], seconds
 * of that run [30], the ramp's rates, comma-separated [250,500,1000,1500,2000,3000], seconds of each ramp step [10],
 * seconds of the REST runs [15].
 */
public final class PresenceBench {

    private static final int WARM_UP_SECONDS = 10;
    private static final int JMX_CONNECTIONS = 4;
    private static final int JMX_SENDERS = 64;
    private static final int REST_SENDERS = 8;
    private static final long SETTLE_MINUTES = 5;

    private PresenceBench() {
    }

    public static void main(String[] args) throws Exception {
        int colleagues = AmiIngestionBench.intArg(args, 0, 10_000);
        int receptionists = AmiIngestionBench.intArg(args, 1, 20);
        int rate = AmiIngestionBench.intArg(args, 2, 1_000);
        int seconds = AmiIngestionBench.intArg(args, 3, 30);
        List<Integer> ramp = Arrays.stream((args.length > 4 ? args[4] : "250,500,1000,1500,2000,3000").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        int stepSeconds = AmiIngestionBench.intArg(args, 5, 10);
        int restSeconds = AmiIngestionBench.intArg(args, 6, 15);
        Clock clock = Clock.systemUTC();
        DemoOffice office = DemoOffice.standard().withDesks(receptionists).withColleagues(colleagues);
        System.out.printf("Presence: %,d colleagues (phones %d..%d, registered), %d receptionists' consoles watching"
                + " every phone's user%n", colleagues, DemoOffice.FIRST_COLLEAGUE,
                DemoOffice.FIRST_COLLEAGUE + colleagues - 1, receptionists);
        try (ServerWithPbx started = ServerWithPbx.start(office, clock)) {
            MBeanServerConnection jmx = started.gauges().connection();
            awaitOnline(jmx, colleagues);
            awaitSipAnswers(started.sipPort());
            PresenceTracker tracker = new PresenceTracker(DemoOffice.FIRST_COLLEAGUE, colleagues, receptionists);
            try (ConsoleDesks desks = ConsoleDesks.open(jmx, started.pbx().office(), started.sipPort(),
                    receptionists, "", Optional.of(tracker))) {
                awaitListed(jmx, tracker, desks);
                ConsoleSessionsBench.idle(started, desks);
                PresenceLoad load = new PresenceLoad(tracker, "consoles' PRESENCE updates",
                        () -> onServer(started, desks));
                try (JmxLoginChanges overJmx = new JmxLoginChanges(started.server().managementPort(), JMX_CONNECTIONS,
                        colleagues)) {
                    load.offered(String.format("warm-up: %,d changes/s for %d s (figures for the record only)",
                            rate / 5, WARM_UP_SECONDS), overJmx, rate / 5, WARM_UP_SECONDS, JMX_SENDERS);
                    load.offered(String.format("(1) %,d login changes/s for %d s over JMX", rate, seconds), overJmx,
                            rate, seconds, JMX_SENDERS);
                    load.ramp("(2) ramp over JMX", overJmx, ramp, stepSeconds, JMX_SENDERS);
                }
                try (RestLoginChanges overRest = RestLoginChanges.create(jmx, started.httpPort(), colleagues)) {
                    PresenceLoad.Outcome rest = load.saturated(String.format("(3a) the REST API at saturation: %d"
                            + " senders, each sends its next change when the previous one is answered, for %d s",
                            REST_SENDERS, restSeconds), overRest, restSeconds, REST_SENDERS, 100_000);
                    int half = Math.max(1, (int) (rest.answered() / 2));
                    load.offered(String.format("(3b) the REST API at %,d changes/s (half its saturation) for %d s",
                            half, restSeconds), overRest, half, restSeconds, REST_SENDERS * 4);
                }
                printEnd(started, desks);
            }
        }
    }

    /** Every colleague online (her phone's login), and the service quiet (no login count change for 2 s). */
    private static void awaitOnline(MBeanServerConnection jmx, int colleagues)
            throws InterruptedException, IOException, JMException {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MINUTES.toNanos(SETTLE_MINUTES);
        ObjectName presence = ServerGauges.name("Presence");
        int online = 0;
        int stableFor = 0;
        while (System.nanoTime() < deadline && (online < colleagues || stableFor < 20)) {
            TimeUnit.MILLISECONDS.sleep(100);
            int now = (Integer) jmx.getAttribute(presence, "OnlineUserCount");
            stableFor = now == online ? stableFor + 1 : 0;
            online = now;
        }
        System.out.printf("Presence: %,d users online (their phones' logins) %.1f s after the PBX picture was live%n",
                online, (System.nanoTime() - start) / 1e9);
    }

    /**
     * The SIP endpoint answers an OPTIONS within the console client's patience: while the presence service stores and
     * publishes the colleagues' first presence, the server's shared executor may be too busy to answer a console.
     */
    private static void awaitSipAnswers(int sipPort) {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MINUTES.toNanos(SETTLE_MINUTES);
        int unanswered = 0;
        while (true) {
            try (ConsoleTestClient probe = ConsoleTestClient.connect(sipPort)) {
                probe.options();
                break;
            } catch (AssertionError | RuntimeException e) {
                unanswered++;
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the SIP endpoint answered no OPTIONS for " + SETTLE_MINUTES
                            + " minutes", e);
                }
            }
        }
        System.out.printf("The SIP endpoint answered an OPTIONS %.1f s later (%d OPTIONS unanswered within %d s"
                + " before)%n", (System.nanoTime() - start) / 1e9, unanswered,
                ConsoleTestClient.PATIENCE.toSeconds());
    }

    /** Every console has listed every colleague (the full PRESENCE listing after its log in). */
    private static void awaitListed(MBeanServerConnection jmx, PresenceTracker tracker, ConsoleDesks desks)
            throws InterruptedException, IOException, JMException {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MINUTES.toNanos(SETTLE_MINUTES);
        int listed = tracker.listedByAll();
        while (listed < tracker.users() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
            listed = tracker.listedByAll();
        }
        ObjectName presence = ServerGauges.name("Presence");
        System.out.printf("Every console listed %,d of %,d colleagues %.1f s after the log ins; the server has %d"
                + " watchers and %,d watches; clients %s%n", listed, tracker.users(),
                (System.nanoTime() - start) / 1e9, (Integer) jmx.getAttribute(presence, "WatcherCount"),
                (Integer) jmx.getAttribute(presence, "WatchCount"), desks.readSince(new long[3]));
    }

    /** The server's CPU, heap and collections, and what the consoles read, over one run. */
    private static RunFigures onServer(ServerWithPbx started, ConsoleDesks desks) {
        ServerResources resources = new ServerResources(started.server(), started.gauges().connection());
        long[] readBefore = desks.updatesRead();
        return new RunFigures() {
            @Override
            public List<String> lines(int changes) {
                return List.of("  clients      " + desks.readSince(readBefore),
                        "  server JVM   " + resources.summary(changes / 1_000.0, "1,000 changes"));
            }

            @Override
            public void close() {
                resources.close();
            }
        };
    }

    private static void printEnd(ServerWithPbx started, ConsoleDesks desks) throws IOException, JMException {
        MBeanServerConnection jmx = started.gauges().connection();
        ObjectName presence = ServerGauges.name("Presence");
        Map<String, Long> log = started.server().warningsAndErrors();
        System.out.printf("At the end: %,d users online, %,d logins, %d watchers, %,d watches; clients saw %d gaps, %d"
                + " closed by the server%n", (Integer) jmx.getAttribute(presence, "OnlineUserCount"),
                (Integer) jmx.getAttribute(presence, "LoginCount"),
                (Integer) jmx.getAttribute(presence, "WatcherCount"),
                (Integer) jmx.getAttribute(presence, "WatchCount"), desks.gaps(), desks.closedByServer());
        System.out.printf("Server at the end: resident %,d MiB, peak %,d MiB; server.log WARN and ERROR lines: %s%n",
                started.server().residentKib() / 1024, started.server().peakResidentKib() / 1024,
                log.isEmpty() ? "none" : log);
    }
}
