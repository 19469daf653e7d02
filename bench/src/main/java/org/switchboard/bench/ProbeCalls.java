package org.switchboard.bench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

import org.switchboard.pbx.scripted.LiveOffice;
import org.switchboard.protocol.StateUpdate;

/**
 * Probe events that concern the receptionists, emitted by the scripted PBX in this JVM at a known moment while
 * other load runs: an outside call dials a desk's personal queue ({@code 9301}, ...), so the PBX writes its
 * events (Newchannel, the dialplan, the ChanIsAvail probe, QueueCallerJoin) and the desk's session gets a STATE
 * update with that call waiting. Measured per probe: from just before the PBX writes the call's first event to
 * the moment the desk's client reads the first STATE that lists the call (found by its caller number, unique per
 * probe). Each probe caller hangs up {@value #HANG_UP_AFTER} probes later, so a desk has few calls waiting.
 */
final class ProbeCalls {

    private static final String NUMBER_PREFIX = "+3226";
    private static final int HANG_UP_AFTER = 20;
    private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final ConsoleDesks desks;
    private final LiveOffice office;
    private final AtomicLongArray emitted;
    private final AtomicLongArray written;
    private final AtomicLongArray seen;
    private final AtomicInteger count = new AtomicInteger();
    private final int perSecond;
    private final int seconds;
    private final Thread thread;
    private volatile RuntimeException failure;

    /** Starts {@code perSecond} probes a second for {@code seconds}, to the desks in turn, on their own thread. */
    ProbeCalls(ConsoleDesks desks, LiveOffice office, int perSecond, int seconds) {
        this.desks = desks;
        this.office = office;
        this.perSecond = perSecond;
        this.seconds = seconds;
        int capacity = perSecond * seconds;
        this.emitted = new AtomicLongArray(capacity);
        this.written = new AtomicLongArray(capacity);
        this.seen = new AtomicLongArray(capacity);
        desks.watch(this::seen);
        this.thread = new Thread(this::run, "bench-probe-calls");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        Deque<LiveOffice.Caller> waiting = new ArrayDeque<>();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < emitted.length(); i++) {
                OfferedLoad.awaitDue(start + i * 1_000_000_000L / perSecond);
                ConsoleDesks.Desk desk = desks.desks().get(i % desks.size());
                String number = NUMBER_PREFIX + String.format("%07d", i);
                emitted.set(i, System.nanoTime());
                waiting.add(office.trunkCalls("9" + desk.extension(), number, "Bench probe " + i));
                written.set(i, System.nanoTime());
                count.incrementAndGet();
                if (waiting.size() > HANG_UP_AFTER) {
                    office.hangUp(waiting.poll());
                }
            }
            waiting.forEach(office::hangUp);
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private void seen(StateUpdate state, long nanoTime) {
        for (StateUpdate.CallEntry call : state.waiting()) {
            if (call.number().startsWith(NUMBER_PREFIX)) {
                int index = Integer.parseInt(call.number().substring(NUMBER_PREFIX.length()));
                if (index < seen.length()) {
                    seen.compareAndSet(index, 0, nanoTime);
                }
            }
        }
    }

    /** Waits for the probes to end and their updates to come (or not), then prints the figures. */
    void awaitAndPrint() throws InterruptedException {
        thread.join(TimeUnit.SECONDS.toMillis(seconds + 60L));
        long deadline = System.nanoTime() + SETTLE_NANOS;
        while (System.nanoTime() < deadline && unseen() > 0) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        desks.watch((state, nanoTime) -> { });
        LatencyRecorder toState = new LatencyRecorder();
        LatencyRecorder writing = new LatencyRecorder();
        for (int i = 0; i < count.get(); i++) {
            writing.record((written.get(i) - emitted.get(i)) / 1_000);
            if (seen.get(i) != 0) {
                toState.record((seen.get(i) - emitted.get(i)) / 1_000);
            }
        }
        System.out.printf("  probes       %,d outside calls to the desks' personal queues, %d a second%s%n", count.get(),
                perSecond, failure == null ? "" : "; stopped by " + failure);
        System.out.println("  event to UI  PBX writes the call to its STATE update read: " + toState.summaryWithP90(
                "probes seen") + "; " + unseen() + " not seen within 5 s");
        System.out.println("  PBX writing  the probe call's events (QueueCallerJoin last: the paused desk is not rung): "
                + writing.summaryWithP90("probes"));
    }

    private int unseen() {
        int unseen = 0;
        for (int i = 0; i < count.get(); i++) {
            if (seen.get(i) == 0) {
                unseen++;
            }
        }
        return unseen;
    }
}
