package org.switchboard.pbx.scripted;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the clients did, for tests to assert and wait on: every action received, in order, the successful logins,
 * and how many actions have been answered with their events emitted.
 */
final class Journal {

    private final List<AmiMessage> actions = new ArrayList<>();
    private int logins;
    private long reactions;

    synchronized void action(AmiMessage action) {
        actions.add(action);
        notifyAll();
    }

    synchronized void login() {
        logins++;
        notifyAll();
    }

    synchronized void reacted() {
        reactions++;
        notifyAll();
    }

    synchronized long reactions() {
        return reactions;
    }

    synchronized boolean awaitReactions(long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (reactions < count) {
            if (!waitUntil(deadline)) {
                return false;
            }
        }
        return true;
    }

    synchronized List<AmiMessage> actions() {
        return List.copyOf(actions);
    }

    synchronized int logins() {
        return logins;
    }

    synchronized boolean awaitLogins(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (logins < count) {
            if (!waitUntil(deadline)) {
                return false;
            }
        }
        return true;
    }

    /** Waits for the {@code nth} (1-based) action of this name, compared without case. */
    synchronized Optional<AmiMessage> awaitAction(String name, int nth, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<AmiMessage> named = actions.stream().filter(a -> a.getOr("Action", "").equalsIgnoreCase(name)).toList();
            if (named.size() >= nth) {
                return Optional.of(named.get(nth - 1));
            }
            if (!waitUntil(deadline)) {
                return Optional.empty();
            }
        }
    }

    private boolean waitUntil(long deadline) throws InterruptedException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
        return true;
    }
}
