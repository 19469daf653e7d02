package org.switchboard.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Time that only moves when asked: a clock and a scheduler for the demo office day, so that hours of office calls
 * are written in moments. {@link #runNext()} jumps the clock to the next task that is due and runs it on the caller's
 * thread. Only one-shot {@code schedule(Runnable, ...)} is supported, which is all the office day uses. Not
 * thread-safe: one thread makes the whole day.
 */
final class SimulatedTime {

    private final PriorityQueue<Task> due = new PriorityQueue<>();
    private long nowNanos;
    private long sequence;
    private final Instant origin;
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("simulated time is UTC only");
        }

        @Override
        public Instant instant() {
            return origin.plusNanos(nowNanos);
        }
    };

    SimulatedTime(Instant origin) {
        this.origin = origin;
    }

    Clock clock() {
        return clock;
    }

    ScheduledExecutorService scheduler() {
        return new Scheduler();
    }

    /** Moves the clock to the next task that is due and runs it; false when nothing is scheduled. */
    boolean runNext() {
        Task task = due.poll();
        while (task != null && task.cancelled) {
            task = due.poll();
        }
        if (task == null) {
            return false;
        }
        nowNanos = Math.max(nowNanos, task.atNanos);
        task.done = true;
        task.action.run();
        return true;
    }

    /** One scheduled run; ordered by due time, then by the order of scheduling. */
    private final class Task implements ScheduledFuture<Object> {
        private final Runnable action;
        private final long atNanos;
        private final long order = sequence++;
        private boolean cancelled;
        private boolean done;

        private Task(Runnable action, long atNanos) {
            this.action = action;
            this.atNanos = atNanos;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(atNanos - nowNanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Task task = (Task) other;
            return atNanos != task.atNanos ? Long.compare(atNanos, task.atNanos) : Long.compare(order, task.order);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            if (done) {
                return false;
            }
            cancelled = true;
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public Object get() {
            return null;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return null;
        }
    }

    /** The scheduler view: tasks wait in simulated time until {@link #runNext()} reaches them. */
    private final class Scheduler extends AbstractExecutorService implements ScheduledExecutorService {

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            Task task = new Task(command, nowNanos + Math.max(0, unit.toNanos(delay)));
            due.add(task);
            return task;
        }

        @Override
        public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
            throw new UnsupportedOperationException("the office day schedules runnables only");
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period,
                TimeUnit unit) {
            throw new UnsupportedOperationException("the office day schedules one-shot tasks only");
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
                TimeUnit unit) {
            throw new UnsupportedOperationException("the office day schedules one-shot tasks only");
        }

        @Override
        public void execute(Runnable command) {
            schedule(command, 0, TimeUnit.NANOSECONDS);
        }

        @Override
        public void shutdown() {
            due.clear();
        }

        @Override
        public List<Runnable> shutdownNow() {
            due.clear();
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
