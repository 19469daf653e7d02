package org.switchboard.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;

import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.StateUpdate;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * Console commands over SIP MESSAGE from every receptionist in turn: NOTE on the call waiting in her personal
 * queue, which the session takes at once (no PBX action) and answers with a full STATE update whose waiting
 * call carries the new note. For each command: the SIP round trip (MESSAGE written to its final answer read) and
 * the time from writing it to reading the STATE that shows its note. Either at a steady offered rate (sent on
 * time by a pool of senders, whatever the answers do) or at saturation (each client sends its next command as
 * soon as the previous one is answered). Prints; asserts nothing.
 */
final class CommandLoad {

    private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final String NOTE = "c";

    private final ConsoleDesks desks;
    private final SwitchboardServer server;
    private final ServerGauges gauges;
    private final AtomicInteger runs = new AtomicInteger();

    CommandLoad(ConsoleDesks desks, SwitchboardServer server, ServerGauges gauges) {
        this.desks = desks;
        this.server = server;
        this.gauges = gauges;
    }

    /** Each command of a run: when it was due, written, answered (and how), and when its STATE came. */
    private static final class Commands {

        final String prefix;
        final AtomicLongArray due;
        final AtomicLongArray sent;
        final AtomicLongArray answered;
        final AtomicLongArray updated;
        final AtomicIntegerArray status;
        final AtomicInteger issued = new AtomicInteger();

        Commands(String prefix, int capacity) {
            this.prefix = prefix;
            due = new AtomicLongArray(capacity);
            sent = new AtomicLongArray(capacity);
            answered = new AtomicLongArray(capacity);
            updated = new AtomicLongArray(capacity);
            status = new AtomicIntegerArray(capacity);
        }

        /** Notes the first STATE that shows a note of this run on the desk's waiting call. */
        void seen(StateUpdate state, long nanoTime) {
            for (StateUpdate.CallEntry waiting : state.waiting()) {
                waiting.note().filter(note -> note.startsWith(prefix)).ifPresent(note -> {
                    int index = Integer.parseInt(note.substring(prefix.length()));
                    updated.compareAndSet(index, 0, nanoTime);
                });
            }
        }

        void send(ConsoleDesks.Desk desk, int index) {
            sent.set(index, System.nanoTime());
            try {
                ConsoleTestClient.Answer answer = desk.client().send(seq -> new ConsoleCommand.Note(seq,
                        desk.waitingCall(), prefix + index));
                answered.set(index, System.nanoTime());
                status.set(index, answer.status());
            } catch (RuntimeException | AssertionError e) {
                answered.set(index, System.nanoTime());
                status.set(index, -1);
            }
        }
    }

    /** {@code perSecond} commands a second for {@code seconds}, from the receptionists in turn. */
    void offered(String title, int perSecond, int seconds) throws InterruptedException {
        int count = perSecond * seconds;
        Commands commands = begin(count);
        ExecutorService senders = Executors.newFixedThreadPool(2 * desks.size());
        try (ServerResources resources = new ServerResources(server, gauges.connection())) {
            String load = ServerLoad.loadAverage();
            long[] readBefore = desks.updatesRead();
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long due = start + i * 1_000_000_000L / perSecond;
                OfferedLoad.awaitDue(due);
                int index = i;
                commands.due.set(index, due);
                commands.issued.incrementAndGet();
                senders.execute(() -> commands.send(desks.desks().get(index % desks.size()), index));
            }
            senders.shutdown();
            senders.awaitTermination(1, TimeUnit.MINUTES);
            awaitUpdates(commands);
            print(title, load, commands, start, resources, readBefore);
        } finally {
            senders.shutdownNow();
            desks.watch((state, nanoTime) -> { });
        }
    }

    /** Each receptionist sends her next command as soon as the previous one is answered, for {@code seconds}. */
    void saturated(String title, int seconds) throws InterruptedException {
        Commands commands = begin(seconds * 50_000);
        ExecutorService senders = Executors.newFixedThreadPool(desks.size());
        try (ServerResources resources = new ServerResources(server, gauges.connection())) {
            String load = ServerLoad.loadAverage();
            long[] readBefore = desks.updatesRead();
            long start = System.nanoTime();
            long end = start + TimeUnit.SECONDS.toNanos(seconds);
            for (ConsoleDesks.Desk desk : desks.desks()) {
                senders.execute(() -> {
                    while (System.nanoTime() < end) {
                        int index = commands.issued.getAndIncrement();
                        if (index >= commands.sent.length()) {
                            return;
                        }
                        commands.due.set(index, System.nanoTime());
                        commands.send(desk, index);
                    }
                });
            }
            senders.shutdown();
            senders.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
            commands.issued.set(Math.min(commands.issued.get(), commands.sent.length()));
            awaitUpdates(commands);
            print(title, load, commands, start, resources, readBefore);
        } finally {
            senders.shutdownNow();
            desks.watch((state, nanoTime) -> { });
        }
    }

    private Commands begin(int capacity) {
        Commands commands = new Commands(NOTE + runs.incrementAndGet() + "-", capacity);
        desks.watch(commands::seen);
        return commands;
    }

    /** Waits a little for the STATE of the commands answered 200 whose STATE has not come yet. */
    private static void awaitUpdates(Commands commands) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE_NANOS;
        while (System.nanoTime() < deadline && missing(commands) > 0) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    private static int missing(Commands commands) {
        int missing = 0;
        for (int i = 0; i < commands.issued.get(); i++) {
            if (commands.status.get(i) == 200 && commands.updated.get(i) == 0) {
                missing++;
            }
        }
        return missing;
    }

    private void print(String title, String load, Commands commands, long start, ServerResources resources,
            long[] readBefore) {
        int count = commands.issued.get();
        LatencyRecorder roundTrips = new LatencyRecorder();
        LatencyRecorder toState = new LatencyRecorder();
        LatencyRecorder late = new LatencyRecorder();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long lastAnswer = start;
        for (int i = 0; i < count; i++) {
            long sent = commands.sent.get(i);
            long answered = commands.answered.get(i);
            statuses.merge(commands.status.get(i), 1, Integer::sum);
            lastAnswer = Math.max(lastAnswer, answered);
            roundTrips.record((answered - sent) / 1_000);
            late.record(Math.max(0, sent - commands.due.get(i)) / 1_000);
            if (commands.updated.get(i) != 0) {
                toState.record((commands.updated.get(i) - sent) / 1_000);
            }
        }
        double seconds = (lastAnswer - start) / 1e9;
        System.out.println(title + "   [load average before: " + load + "]");
        System.out.printf("  commands     %,d NOTE commands from %d receptionists in %.2f s: %,.0f commands/s answered;"
                + " answers by status %s (-1: no answer within %d s)%n", count, desks.size(), seconds,
                count / seconds, statuses, ConsoleTestClient.PATIENCE.toSeconds());
        System.out.println("  round trip   MESSAGE written to final answer read: " + roundTrips.summaryWithP90("commands"));
        System.out.println("  to STATE     MESSAGE written to its STATE update read: " + toState.summaryWithP90("updates")
                + "; " + missing(commands) + " answered 200 without their STATE within 5 s");
        System.out.printf("  senders      written after the moment due: p99 %.3f ms, max %.3f ms (the load generator's"
                + " own lag)%n", late.percentile(0.99) / 1e3, late.max() / 1e3);
        System.out.println("  clients      " + desks.readSince(readBefore));
        System.out.println("  server JVM   " + resources.summary(count / 1_000.0, "1,000 commands"));
    }
}
