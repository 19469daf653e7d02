package org.switchboard.sip;

import java.util.concurrent.Executor;

import org.switchboard.runtime.KeyedSerialExecutor;

/**
 * The serial lanes the dispatcher runs handlers on, off the stack's thread, over a shared executor (the
 * container's {@code ManagedExecutorService}): one request of a lane at a time, lanes side by side on at most
 * {@link #PARALLELISM} threads, at most {@link #CAPACITY} requests waiting in all before new ones are answered
 * 503 with Retry-After.
 */
public final class SipLanes {

    /** Requests that may wait, over every lane. */
    public static final int CAPACITY = 1000;

    /** Threads of the shared executor the lanes use at most; the console's handlers do no blocking I/O. */
    public static final int PARALLELISM = 4;

    private SipLanes() {
    }

    public static KeyedSerialExecutor over(Executor executor) {
        return new KeyedSerialExecutor(executor, CAPACITY, PARALLELISM,
                (lane, failure) -> SipLog.LOG.laneTaskFailed(String.valueOf(lane), failure));
    }
}
