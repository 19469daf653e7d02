package org.switchboard.pbx.scripted.demo;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.switchboard.pbx.scripted.AmiMessage;

/**
 * A plausible office day on the demo PBX, for as long as it runs: calls start at random intervals, up to
 * {@link #MAX_CALLS} at a time and never two on the same phone, and each plays its script step by step on the
 * given executor, its events going into the sink.
 *
 * <p>Thread-safe. One lock orders everything: a step writes its events and hands them to the sink while holding
 * it, so the sink sees one event at a time, and a call's next step is only scheduled once its previous step has
 * been sent, so the events of one call stay in order. A sink that is a live PBX ({@link Sink#atomically}, the
 * scripted AMI server's {@code daySink()}) has the day take that lock only inside a moment of its own: the PBX's
 * commands (a console's Redirect of a demo call, which {@link #release}s it) take the PBX first and the day second,
 * and so does the day.
 *
 * <p>{@link #stop()} cancels every pending task, then plays the remaining steps of every call in progress at
 * once, in order, so the sink (and whatever PBX state it feeds) is left with no channel, bridge, queue caller or
 * parked call: the calls end abruptly rather than half-way (the reception calls a {@link ReceptionLine} placed are
 * the PBX's, not the day's: they stay, and only their pending give-ups are cancelled). A stopped day can be
 * started again.
 *
 * <p>A demo PBX is the scripted AMI server fed by a day:
 * <pre>{@code
 * DemoOffice office = DemoOffice.standard();
 * server.seed(office.startupSync(clock));             // list actions answer with the office at rest
 * server.emit(office.bootEvents(clock));              // what a booting PBX tells connected clients
 * DemoOfficeDay day = new DemoOfficeDay(office, clock, executor, server.daySink(), seed, 1.0);
 * day.start();                                        // ... and day.stop() before the server closes
 * }</pre>
 */
public final class DemoOfficeDay {

    /** The most calls in progress at once. */
    public static final int MAX_CALLS = 4;

    private static final System.Logger LOG = System.getLogger(DemoOfficeDay.class.getName());
    private static final int MIN_GAP_SECONDS = 2;
    private static final int MAX_GAP_SECONDS = 20;
    /** Of the arrivals, the percentage that are reception calls the PBX carries (with a {@link ReceptionLine}). */
    private static final int RECEPTION_SHARE = 50;
    public static final int MIN_PATIENCE_SECONDS = 20;
    public static final int MAX_PATIENCE_SECONDS = 120;

    /** A call in progress: its script, the next step to play and the task that will play it. */
    private static final class Call {
        private final Scenario scenario;
        private final Set<String> linkedIds = new HashSet<>();
        private int next;
        private ScheduledFuture<?> pending;

        private Call(Scenario scenario) {
            this.scenario = scenario;
        }
    }

    /** Where a day's events go. */
    @FunctionalInterface
    public interface Sink {

        void emit(AmiMessage event);

        /**
         * Runs a moment of the day (it may emit) so that nothing else happens to the PBX meanwhile; a live PBX
         * whose commands call back into the day ({@link #release}) runs it under the lock those commands hold.
         */
        default void atomically(Runnable moment) {
            moment.run();
        }
    }

    private final Object lock = new Object();
    private final ScheduledExecutorService executor;
    private final Sink sink;
    private final double speed;
    private final Random random;
    private final Scenarios scenarios;
    private final DemoPbx pbx;
    private final List<Call> calls = new ArrayList<>();
    private final List<ScheduledFuture<?>> giveUps = new ArrayList<>();
    private ScheduledFuture<?> nextArrival;
    private ReceptionLine reception;
    private boolean running;
    private long started;
    private long finished;

    /**
     * @param speed how much faster than real time the day runs: 1 for a demo, hundreds or more in tests
     * @param seed  the seed of every random choice: which calls, which phones, how long
     */
    public DemoOfficeDay(DemoOffice office, Clock clock, ScheduledExecutorService executor,
                         Sink sink, long seed, double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("the speed factor must be positive, not " + speed);
        }
        this.executor = Objects.requireNonNull(executor, "executor");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.speed = speed;
        this.random = new Random(seed);
        this.pbx = new DemoPbx(office, clock, random);
        this.scenarios = new Scenarios(pbx, random);
    }

    /**
     * Lets the PBX carry the reception calls, for an office whose desks the day does not drive
     * ({@link DemoOffice#consoleReception()}): half the arrivals are then outside callers dialling the reception
     * (mostly 9000, sometimes a desk's personal queue) through {@code line}, who give up after
     * {@link #MIN_PATIENCE_SECONDS} to {@link #MAX_PATIENCE_SECONDS} if still waiting in the queue; and the
     * day's own calls leave alone every phone the line reports taken (the consoles' desks, phones on a PBX call).
     * Returns this day.
     */
    public DemoOfficeDay reception(ReceptionLine line) {
        synchronized (lock) {
            this.reception = Objects.requireNonNull(line, "line");
            return this;
        }
    }

    /** Starts the day: the first call comes at once. Does nothing when already running. */
    public void start() {
        synchronized (lock) {
            if (running) {
                return;
            }
            running = true;
            LOG.log(Level.INFO, "Demo office day started at {0}x speed", speed);
            scheduleArrival(Duration.ZERO);
        }
    }

    /** Cancels every pending task and ends every call in progress at once (see the class description). */
    public void stop() {
        sink.atomically(() -> {
            synchronized (lock) {
                if (!running) {
                    return;
                }
                running = false;
                if (nextArrival != null) {
                    nextArrival.cancel(false);
                }
                giveUps.forEach(giveUp -> giveUp.cancel(false));
                giveUps.clear();
                for (Call call : List.copyOf(calls)) {
                    call.pending.cancel(false);
                    while (call.next < call.scenario.steps().size()) {
                        play(call, call.scenario.steps().get(call.next++));
                    }
                    end(call);
                }
                LOG.log(Level.INFO, "Demo office day stopped after {0} calls", started);
            }
        });
    }

    /**
     * A console's command took over the call with this linked id (the AMI server's control actions report it):
     * the script of the demo call that made it stops, and its channels are no longer the day's, so the PBX
     * alone decides what happens to them from now on. Does nothing for a call the day did not make.
     */
    public void release(String linkedId) {
        synchronized (lock) {
            for (Call call : List.copyOf(calls)) {
                if (call.linkedIds.contains(linkedId)) {
                    if (call.pending != null) {
                        call.pending.cancel(false);
                    }
                    pbx.forget(call.linkedIds);
                    end(call);
                    LOG.log(Level.INFO, "Demo call taken over by a command: {0}", call.scenario.name());
                }
            }
        }
    }

    /** How many calls are in progress now. */
    public int callsInProgress() {
        synchronized (lock) {
            return calls.size();
        }
    }

    /** How many calls have started since the day was made. */
    public long callsStarted() {
        synchronized (lock) {
            return started;
        }
    }

    /** How many calls have ended, on their own or by {@link #stop()}. */
    public long callsFinished() {
        synchronized (lock) {
            return finished;
        }
    }

    private void arrive() {
        sink.atomically(() -> {
            synchronized (lock) {
                if (!running) {
                    return;
                }
                Set<String> busy = busyPhones();
                if (reception != null && pbx.office().desks().isEmpty() && random.nextInt(100) < RECEPTION_SHARE) {
                    callReception();
                } else if (calls.size() < MAX_CALLS) {
                    if (reception != null) {
                        busy.addAll(reception.taken());
                    }
                    scenarios.any(busy).ifPresent(this::begin);
                }
                int gapMillis = 1_000 * MIN_GAP_SECONDS + random.nextInt(1_000 * (MAX_GAP_SECONDS - MIN_GAP_SECONDS));
                scheduleArrival(Duration.ofMillis(gapMillis));
            }
        });
    }

    /** An outside caller dials the reception through the PBX; it gives up later if nobody took it from the queue. */
    private void callReception() {
        int roll = random.nextInt(10);
        String dialled = roll == 0 ? "9201" : roll == 1 ? "9202" : DemoOffice.RECEPTION_NUMBER;
        DemoOffice.Outsider caller = pbx.office().callers().get(random.nextInt(pbx.office().callers().size()));
        String channel = reception.call(dialled, caller.number(), caller.name());
        started++;
        ReceptionLine line = reception;
        long patience = 1_000L * MIN_PATIENCE_SECONDS
                + random.nextInt(1_000 * (MAX_PATIENCE_SECONDS - MIN_PATIENCE_SECONDS));
        giveUps.removeIf(java.util.concurrent.Future::isDone);
        giveUps.add(executor.schedule(() -> line.giveUpIfWaiting(channel), scaled(Duration.ofMillis(patience)),
                TimeUnit.NANOSECONDS));
        LOG.log(Level.DEBUG, "Demo reception call from {0} to {1}", caller.number(), dialled);
    }

    private void begin(Scenario scenario) {
        Call call = new Call(scenario);
        calls.add(call);
        started++;
        LOG.log(Level.DEBUG, "Demo call begins: {0}", scenario.name());
        scheduleNext(call);
    }

    private void scheduleNext(Call call) {
        if (call.next == call.scenario.steps().size()) {
            end(call);
            return;
        }
        Duration delay = call.scenario.steps().get(call.next).delay();
        call.pending = executor.schedule(() -> playNext(call), scaled(delay), TimeUnit.NANOSECONDS);
    }

    private void playNext(Call call) {
        sink.atomically(() -> {
            synchronized (lock) {
                if (!running || !calls.contains(call)) {
                    return;
                }
                try {
                    play(call, call.scenario.steps().get(call.next++));
                    scheduleNext(call);
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "A demo call failed and is dropped: " + call.scenario.name(), e);
                    end(call);
                }
            }
        });
    }

    private void play(Call call, Step step) {
        for (AmiMessage event : step.events().get()) {
            event.get("Linkedid").ifPresent(call.linkedIds::add);
            try {
                sink.emit(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The demo event sink refused a " + event.type() + " event", e);
            }
        }
    }

    private void end(Call call) {
        calls.remove(call);
        finished++;
        LOG.log(Level.DEBUG, "Demo call ends: {0}", call.scenario.name());
    }

    private Set<String> busyPhones() {
        Set<String> busy = new HashSet<>();
        calls.forEach(call -> busy.addAll(call.scenario.phones()));
        return busy;
    }

    private void scheduleArrival(Duration delay) {
        nextArrival = executor.schedule(this::arrive, scaled(delay), TimeUnit.NANOSECONDS);
    }

    private long scaled(Duration delay) {
        return (long) (delay.toNanos() / speed);
    }
}
