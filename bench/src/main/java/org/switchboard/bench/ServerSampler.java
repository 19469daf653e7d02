package org.switchboard.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Reads the server's gauges every {@value #PERIOD_MILLIS} ms on its own thread while a run plays, and keeps the
 * maxima of the pump lag and backlogs, the last reading, and when the model's applied count last moved. Sampled
 * maxima are a floor: a peak between two readings is missed.
 */
final class ServerSampler implements AutoCloseable {

    static final long PERIOD_MILLIS = 50;

    private final ServerGauges gauges;
    private final Thread thread;
    private volatile boolean running = true;
    private ServerGauges.Reading last;
    private long lastMovedAt;
    private long maxLag;
    private long maxLastEventLag;
    private long maxWaiting;
    private long maxConsumersWaiting;
    private long consumersBusyAt;
    private RuntimeException failure;

    ServerSampler(ServerGauges gauges, ServerGauges.Reading start) {
        this.gauges = gauges;
        this.last = start;
        this.lastMovedAt = start.at();
        this.thread = new Thread(this::run, "bench-jmx-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            try {
                note(gauges.read());
                TimeUnit.MILLISECONDS.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                synchronized (this) {
                    failure = e;
                }
                return;
            }
        }
    }

    private synchronized void note(ServerGauges.Reading reading) {
        if (reading.applied() != last.applied() || reading.received() != last.received()) {
            lastMovedAt = reading.at();
        }
        last = reading;
        maxLag = Math.max(maxLag, reading.lagMillis());
        maxLastEventLag = Math.max(maxLastEventLag, reading.lastEventLagMillis());
        maxWaiting = Math.max(maxWaiting, reading.waiting());
        maxConsumersWaiting = Math.max(maxConsumersWaiting, reading.consumersWaiting());
        if (reading.consumersWaiting() > 0) {
            consumersBusyAt = reading.at();
        }
        notifyAll();
    }

    /**
     * Waits until the server has taken everything: nothing waits in the pump or in a consumer's lanes and
     * neither the received nor the applied count has moved for {@code quiet}. Returns the last reading, or
     * throws when that does not happen before {@code timeout}.
     */
    synchronized ServerGauges.Reading awaitQuiet(Duration quiet, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (failure != null) {
                throw failure;
            }
            long now = System.nanoTime();
            if (last.waiting() == 0 && last.consumersWaiting() == 0 && now - lastMovedAt >= quiet.toNanos()
                    && last.at() > lastMovedAt) {
                return last;
            }
            if (now > deadline) {
                throw new IllegalStateException("the server did not settle within " + timeout + "; last reading "
                        + last);
            }
            wait(PERIOD_MILLIS);
        }
    }

    /** When the received or applied count last moved ({@link System#nanoTime()}). */
    synchronized long lastMovedAt() {
        return lastMovedAt;
    }

    synchronized long maxLagMillis() {
        return maxLag;
    }

    synchronized long maxLastEventLagMillis() {
        return maxLastEventLag;
    }

    synchronized long maxWaiting() {
        return maxWaiting;
    }

    synchronized long maxConsumersWaiting() {
        return maxConsumersWaiting;
    }

    /** When a reading last found events waiting in a consumer's lanes, or 0 if none did. */
    synchronized long consumersLastBusyAt() {
        return consumersBusyAt;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
