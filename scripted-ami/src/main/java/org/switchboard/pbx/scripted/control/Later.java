package org.switchboard.pbx.scripted.control;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.switchboard.pbx.scripted.AmiMessage;

/**
 * What the simulated PBX does a while after an action: a dialled phone answers, a parked call times out.
 * One daemon thread; each step writes its events from the state at that moment and emits them. Delays are
 * divided by the pace (1: real time; tests run faster). {@link #close()} cancels what is pending.
 */
public final class Later implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Later.class.getName());

    private final ScheduledExecutorService timer;
    private final Consumer<List<AmiMessage>> emit;
    private final ThreadLocal<List<Runnable>> deferred = new ThreadLocal<>();
    private volatile double pace = 1;

    /** {@code threadName} names the one thread when the first step is scheduled. */
    public Later(Supplier<String> threadName, Consumer<List<AmiMessage>> emit) {
        this.emit = emit;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, threadName.get());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** How much faster than real time the delayed steps come (1: real time). */
    public void pace(double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("the pace must be positive, not " + speed);
        }
        this.pace = speed;
    }

    /**
     * Holds back the steps this thread schedules until {@link #release()}: a reaction's later steps start
     * counting only once its own events are emitted, so a step never looks for a channel not yet made.
     */
    public void defer() {
        deferred.set(new java.util.ArrayList<>());
    }

    /** Schedules the steps held back since {@link #defer()} on this thread. */
    public void release() {
        List<Runnable> held = deferred.get();
        deferred.remove();
        if (held != null) {
            held.forEach(Runnable::run);
        }
    }

    void after(Duration delay, Supplier<List<AmiMessage>> step) {
        List<Runnable> held = deferred.get();
        if (held != null) {
            held.add(() -> schedule(delay, step));
        } else {
            schedule(delay, step);
        }
    }

    private void schedule(Duration delay, Supplier<List<AmiMessage>> step) {
        try {
            timer.schedule(() -> {
                try {
                    emit.accept(step.get());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a delayed step of the simulated PBX failed", e);
                }
            }, (long) (delay.toNanos() / pace), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            LOG.log(Level.DEBUG, "the simulated PBX is closed; a delayed step is dropped");
        }
    }

    /** Cancels what is pending and waits a moment for a step in progress to end. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
