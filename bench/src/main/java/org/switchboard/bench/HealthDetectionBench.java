package org.switchboard.bench;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

import org.switchboard.health.model.HealthSettings;
import org.switchboard.health.model.ProbeSchedule;
import org.switchboard.health.model.ProbeLevel;
import org.switchboard.health.model.ProbeReading;
import org.switchboard.health.probe.PbxSelfTestRun;
import org.switchboard.pbx.ami.AmiConnection;
import org.switchboard.pbx.ami.AmiSettings;
import org.switchboard.pbx.scripted.AmiAccount;
import org.switchboard.pbx.scripted.AmiFaults;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.pbx.scripted.demo.DemoOffice;

/**
 * How long a deadlocked PBX takes to show as a FAILED PBX self test, with the production settings: the scripted
 * PBX (AMI over asterisk-java, and its SIP side) freezes at a random moment while the self test runs on a probe
 * schedule (a run starts every {@code SWB_HEALTH_PROBE_INTERVAL}, or as soon as the previous one ends when it took
 * longer); the figure is the time from the freeze to the end of the first FAILED run. Then the PBX thaws, the test
 * is OK again, and the next round starts. Prints figures; asserts nothing.
 *
 * <p>Arguments: [ROUNDS] (default 10).
 */
public final class HealthDetectionBench {

    private static final String USER = "bench";
    private static final String SECRET = "bench-secret";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private HealthDetectionBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        HealthSettings settings = HealthSettings.from(System::getProperty);
        ProbeSchedule schedule = ProbeSchedule.from(System::getProperty);
        Clock clock = Clock.systemUTC();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        try (ScriptedAmiServer pbx = ScriptedAmiServer.start(AmiAccount.of(USER, SECRET), clock)) {
            pbx.seed(DemoOffice.consoleReception().startupSync(clock));
            InetSocketAddress sip = pbx.startSip();
            AmiSettings ami = AmiSettings.from(Map.of(AmiSettings.HOST, "127.0.0.1", AmiSettings.PORT,
                    String.valueOf(pbx.port()), AmiSettings.USER, USER, AmiSettings.SECRET, SECRET)::get);
            try (AmiConnection connection = new AmiConnection(ami, event -> { }, clock, Thread::new, scheduler)) {
                connection.start();
                PbxSelfTestRun selfTest = new PbxSelfTestRun(Optional.of(sip), "no SIP address",
                        connection::pingNow, settings.pbxTimeout());
                System.out.printf("PBX self test: interval %d ms, deadline %d ms (SIP OPTIONS and AMI Ping), %d rounds%n",
                        schedule.interval().toMillis(), settings.pbxTimeout().toMillis(), rounds);
                List<Long> detections = measure(rounds, pbx, selfTest, schedule.interval());
                print(detections);
            }
        } finally {
            scheduler.shutdownNow();
        }
    }

    private static List<Long> measure(int rounds, ScriptedAmiServer pbx, PbxSelfTestRun selfTest, Duration interval) {
        AmiFaults faults = AmiFaults.of(pbx);
        List<Long> detections = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            untilLevel(selfTest, interval, ProbeLevel.OK, Long.MAX_VALUE);
            long freezeAt = System.nanoTime() + ThreadLocalRandom.current().nextLong(interval.toNanos());
            Thread freezer = new Thread(() -> {
                LockSupport.parkNanos(freezeAt - System.nanoTime());
                faults.freeze();
            }, "bench-freezer");
            freezer.start();
            ProbeReading failed = untilLevel(selfTest, interval, ProbeLevel.FAILED, freezeAt);
            long detected = (System.nanoTime() - freezeAt) / 1_000_000;
            detections.add(detected);
            System.out.printf("round %d: FAILED %d ms after the freeze: %s%n", round, detected, failed.detail());
            join(freezer);
            faults.thaw();
        }
        return detections;
    }

    /**
     * Runs the self test on the probe schedule until it reads {@code level} in a run that started after
     * {@code notBefore} (a {@link System#nanoTime()}); returns that reading.
     */
    private static ProbeReading untilLevel(PbxSelfTestRun selfTest, Duration interval, ProbeLevel level,
            long notBefore) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        long nextRun = System.nanoTime();
        while (System.nanoTime() < deadline) {
            LockSupport.parkNanos(nextRun - System.nanoTime());
            long started = System.nanoTime();
            ProbeReading reading = selfTest.check(Instant.now());
            nextRun = Math.max(started + interval.toNanos(), System.nanoTime());
            if (reading.level() == level && (notBefore == Long.MAX_VALUE || System.nanoTime() > notBefore)) {
                return reading;
            }
        }
        throw new IllegalStateException("the self test did not read " + level + " within " + WAIT);
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void print(List<Long> detections) {
        List<Long> sorted = new ArrayList<>(detections);
        Collections.sort(sorted);
        long mean = Math.round(sorted.stream().mapToLong(Long::longValue).average().orElse(0));
        System.out.printf("PBX deadlock to FAILED self test: min %d ms, median %d ms, mean %d ms, max %d ms (%d rounds)%n",
                sorted.get(0), sorted.get(sorted.size() / 2), mean, sorted.get(sorted.size() - 1), sorted.size());
    }
}
