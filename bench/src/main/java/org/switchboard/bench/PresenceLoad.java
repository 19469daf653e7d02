package org.switchboard.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Login changes of the colleagues, through one {@link LoginChanges} driver, at a steady offered rate (each change
 * handed to a pool of senders at its moment, whatever the answers do) or at saturation (each sender sends its next
 * change when the previous one is answered). The colleagues are taken in turn, skipping one whose previous change
 * is still in flight. For each change: the request's round trip, and the time from sending it to the first and to the
 * last of the watchers (the consoles) having her new version. Prints; asserts nothing.
 */
final class PresenceLoad {

    /** How long the changes of a run may take, after its last one was sent, to reach every console. */
    static final long SETTLE_SECONDS = 10;
    private static final int CLAIM_TRIES = 64;

    /** What one run measured, for a ramp to decide whether to go on. */
    record Outcome(double offered, double sent, double answered, long p99Micros, int unseen, int failed) {

        /** The run kept the pace (95% of the offered rate sent), lost nothing, and p99 stayed under one second. */
        boolean sustained() {
            return sent >= 0.95 * offered && answered >= 0.95 * offered && unseen == 0 && failed == 0
                    && p99Micros < 1_000_000;
        }
    }

    private final PresenceTracker tracker;
    private final String watchers;
    private final Supplier<RunFigures> figures;
    private final AtomicInteger cursor = new AtomicInteger();

    /** @param watchers what the watchers are, for the printed figures ("consoles' PRESENCE updates") */
    PresenceLoad(PresenceTracker tracker, String watchers, Supplier<RunFigures> figures) {
        this.tracker = tracker;
        this.watchers = watchers;
        this.figures = figures;
    }

    /** {@code perSecond} changes a second for {@code seconds}, sent by {@code senders} threads. */
    Outcome offered(String title, LoginChanges changes, int perSecond, int seconds, int senders)
            throws InterruptedException {
        int count = perSecond * seconds;
        PresenceTracker.Changes run = new PresenceTracker.Changes(count);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try (RunFigures resources = figures.get()) {
            String load = ServerLoad.loadAverage();
            long start = System.nanoTime();
            int skipped = 0;
            for (int i = 0; i < count; i++) {
                long due = start + i * 1_000_000_000L / perSecond;
                OfferedLoad.awaitDue(due);
                int user = claimNext(run, i);
                if (user < 0) {
                    skipped++;
                    continue;
                }
                run.due.set(i, due);
                int change = i;
                pool.execute(() -> send(changes, run, change, user));
            }
            pool.shutdown();
            pool.awaitTermination(2, TimeUnit.MINUTES);
            tracker.awaitSettled(SETTLE_SECONDS, TimeUnit.SECONDS);
            int abandoned = tracker.abandon();
            return print(title, changes, load, run, start, perSecond, skipped, abandoned, resources);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Each of {@code senders} threads sends its next change when the previous one is answered, for {@code seconds}. */
    Outcome saturated(String title, LoginChanges changes, int seconds, int senders, int capacity)
            throws InterruptedException {
        PresenceTracker.Changes run = new PresenceTracker.Changes(capacity);
        AtomicInteger issued = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try (RunFigures resources = figures.get()) {
            String load = ServerLoad.loadAverage();
            long start = System.nanoTime();
            long end = start + TimeUnit.SECONDS.toNanos(seconds);
            for (int s = 0; s < senders; s++) {
                pool.execute(() -> {
                    while (System.nanoTime() < end) {
                        int change = issued.getAndIncrement();
                        if (change >= capacity) {
                            return;
                        }
                        run.due.set(change, System.nanoTime());
                        int user = claimNext(run, change);
                        if (user >= 0) {
                            send(changes, run, change, user);
                        }
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
            tracker.awaitSettled(SETTLE_SECONDS, TimeUnit.SECONDS);
            int abandoned = tracker.abandon();
            return print(title, changes, load, run, start, 0, 0, abandoned, resources);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Steps up the rate until a step is not {@link Outcome#sustained sustained}. */
    void ramp(String title, LoginChanges changes, List<Integer> rates, int stepSeconds, int senders)
            throws InterruptedException {
        int sustained = 0;
        for (int rate : rates) {
            Outcome outcome = offered(String.format("%s: %,d login changes/s for %d s", title, rate, stepSeconds),
                    changes, rate, stepSeconds, senders);
            if (!outcome.sustained()) {
                System.out.printf("  ramp         not sustained at %,d changes/s (sent %,.0f/s, answered %,.0f/s, p99 to"
                        + " the last watcher %.1f ms, %d unseen, %d failed)%n", rate, outcome.sent(),
                        outcome.answered(), outcome.p99Micros() / 1e3, outcome.unseen(), outcome.failed());
                break;
            }
            sustained = rate;
        }
        System.out.printf("  ramp         highest rate sustained: %,d changes/s (95%% of the offered rate sent and"
                + " answered, every watcher saw every change, p99 under 1 s)%n", sustained);
    }

    /**
     * The next colleague in turn with no change in flight, claimed for this change; -1 when the next
     * {@value #CLAIM_TRIES} all have one (looking further would make the driver's own work grow with the backlog).
     */
    private int claimNext(PresenceTracker.Changes run, int change) {
        for (int tries = 0; tries < Math.min(CLAIM_TRIES, tracker.users()); tries++) {
            int user = Math.floorMod(cursor.getAndIncrement(), tracker.users());
            if (tracker.claim(user, run, change)) {
                return user;
            }
        }
        return -1;
    }

    private void send(LoginChanges changes, PresenceTracker.Changes run, int change, int user) {
        run.sent.set(change, System.nanoTime());
        boolean ok = false;
        try {
            changes.change(user, tracker.user(user));
            ok = true;
        } catch (Exception | AssertionError e) {
            if (run.failed.get(change) == 0) {
                System.err.println("  a change failed: " + e);
            }
        } finally {
            run.answered.set(change, System.nanoTime());
            tracker.answered(user, run, change, ok);
        }
    }

    private Outcome print(String title, LoginChanges changes, String load, PresenceTracker.Changes run, long start,
            int perSecond, int skipped, int abandoned, RunFigures resources) {
        LatencyRecorder roundTrips = new LatencyRecorder();
        LatencyRecorder toFirst = new LatencyRecorder();
        LatencyRecorder toLast = new LatencyRecorder();
        LatencyRecorder late = new LatencyRecorder();
        int sent = 0;
        int failed = 0;
        long lastSent = start;
        long lastAnswer = start;
        for (int i = 0; i < run.capacity(); i++) {
            long sentAt = run.sent.get(i);
            if (sentAt == 0) {
                continue;
            }
            sent++;
            lastSent = Math.max(lastSent, sentAt);
            lastAnswer = Math.max(lastAnswer, run.answered.get(i));
            roundTrips.record((run.answered.get(i) - sentAt) / 1_000);
            late.record(Math.max(0, sentAt - run.due.get(i)) / 1_000);
            if (run.failed.get(i) != 0) {
                failed++;
                continue;
            }
            if (run.firstSeen.get(i) != 0) {
                toFirst.record((run.firstSeen.get(i) - sentAt) / 1_000);
            }
            if (run.lastSeen.get(i) != 0) {
                toLast.record((run.lastSeen.get(i) - sentAt) / 1_000);
            }
        }
        double sendSeconds = Math.max(1e-9, (lastSent - start) / 1e9);
        double answerSeconds = Math.max(1e-9, (lastAnswer - start) / 1e9);
        int unseen = sent - failed - toLast.count();
        System.out.println(title + "   [load average before: " + load + "]");
        System.out.printf("  changes      %,d sent (%s) in %.2f s: %,.0f changes/s sent, %,.0f/s answered; %d failed;"
                + " %d skipped (the next %d colleagues in turn had a change in flight)%n", sent, changes.describe(), sendSeconds,
                sent / sendSeconds, sent / answerSeconds, failed, skipped, CLAIM_TRIES);
        System.out.println("  request      sent to answered (stored and published by then): "
                + roundTrips.summaryWithP90("requests"));
        System.out.println("  first        sent to the first of the " + watchers + " with her new version: "
                + toFirst.summaryWithP90("changes"));
        System.out.printf("  last         sent to the last of the %d %s with her new version: %s; %d not seen by"
                + " every watcher within %d s of the last send (%d still in flight then)%n", tracker.consoles(),
                watchers, toLast.summaryWithP90("changes"), unseen, SETTLE_SECONDS, abandoned);
        if (perSecond > 0) {
            System.out.printf("  senders      sent after the moment due: p99 %.3f ms, max %.3f ms (the driver's own lag)"
                    + "%n", late.percentile(0.99) / 1e3, late.max() / 1e3);
        }
        resources.lines(sent).forEach(System.out::println);
        return new Outcome(perSecond > 0 ? perSecond : sent / sendSeconds, sent / sendSeconds,
                sent / answerSeconds, toLast.percentile(0.99), unseen, failed);
    }
}
