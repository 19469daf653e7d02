package org.switchboard.runtime;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;

/**
 * Runs tasks one at a time per key, in the order they were submitted for that key, on a shared executor
 * (the container's {@code ManagedExecutorService} in the server). Tasks of different keys run side by side,
 * but never on more than {@code parallelism} threads at once, so one slow owner cannot take every thread
 * of the shared pool.
 *
 * <p>{@link #submit(Object, Runnable)} never blocks: when {@code capacity} tasks are already waiting it
 * refuses the new one and says so, and the caller decides what a refusal means. Keys take turns: after one
 * task a key goes to the back of the line, so a busy key does not starve the others. A task that throws
 * (an exception or an error) is reported to the failure handler and the next task runs.
 */
public final class KeyedSerialExecutor {

    private final Executor executor;
    private final int capacity;
    private final int parallelism;
    private final BiConsumer<Object, Throwable> onFailure;

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Object, ArrayDeque<Runnable>> waiting = new HashMap<>();
    private final ArrayDeque<Object> ready = new ArrayDeque<>();
    private final Set<Object> running = new HashSet<>();
    private int pending;
    private int workers;

    /**
     * @param capacity how many tasks may wait, over all keys, before {@link #submit} refuses
     * @param parallelism how many threads of {@code executor} this may use at once
     * @param onFailure hears a task that threw, with its key, on the thread that ran it
     */
    public KeyedSerialExecutor(Executor executor, int capacity, int parallelism,
            BiConsumer<Object, Throwable> onFailure) {
        if (capacity < 1 || parallelism < 1) {
            throw new IllegalArgumentException("capacity and parallelism must be positive");
        }
        this.executor = Objects.requireNonNull(executor, "executor");
        this.capacity = capacity;
        this.parallelism = parallelism;
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
    }

    /** Queues {@code task} behind the other tasks of {@code key}; false, and nothing queued, when full. */
    public boolean submit(Object key, Runnable task) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(task, "task");
        lock.lock();
        try {
            if (pending >= capacity) {
                return false;
            }
            pending++;
            ArrayDeque<Runnable> tasks = waiting.get(key);
            if (tasks == null) {
                tasks = new ArrayDeque<>();
                waiting.put(key, tasks);
                if (!running.contains(key)) {
                    ready.add(key);
                }
            }
            tasks.add(task);
            startWorkerIfNeeded();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** How many tasks wait or run now. */
    public int pending() {
        lock.lock();
        try {
            return pending;
        } finally {
            lock.unlock();
        }
    }

    private void startWorkerIfNeeded() {
        if (workers >= parallelism || ready.isEmpty()) {
            return;
        }
        workers++;
        try {
            executor.execute(this::work);
        } catch (RejectedExecutionException stopping) {
            workers--; // the tasks stay queued; the next submit tries again
        }
    }

    /** One worker: takes the next ready key, runs one of its tasks, puts the key back in line, until none is ready. */
    private void work() {
        while (true) {
            Object key;
            Runnable task;
            lock.lock();
            try {
                key = ready.poll();
                if (key == null) {
                    workers--;
                    return;
                }
                running.add(key);
                task = waiting.get(key).poll();
            } finally {
                lock.unlock();
            }
            try {
                task.run();
            } catch (Throwable e) {
                // an error, or a checked exception a container's proxy threw through the Runnable: the worker must
                // survive it, or its slot would be lost for good
                onFailure.accept(key, e);
            } finally {
                finished(key);
            }
        }
    }

    private void finished(Object key) {
        lock.lock();
        try {
            pending--;
            running.remove(key);
            ArrayDeque<Runnable> tasks = waiting.get(key);
            if (tasks.isEmpty()) {
                waiting.remove(key);
            } else {
                ready.add(key);
            }
        } finally {
            lock.unlock();
        }
    }
}
