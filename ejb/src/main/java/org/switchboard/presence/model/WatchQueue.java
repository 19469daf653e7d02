package org.switchboard.presence.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The presences waiting for each watcher, coalesced: per watcher, per user, only the newest waits, so a burst of
 * changes of one user becomes one call with the newest, and the last one always arrives. The watcher's lane drains
 * it.
 *
 * <p>Protocol: {@link #offer} answers true when the watcher's lane must be started (nothing was waiting and no
 * drain was running); the lane then calls {@link #drain} and delivers what it gets, again and again, until
 * {@code drain} answers an empty list, which also marks the lane idle. So exactly one drain runs per watcher and no
 * offer is left behind. Thread-safe.
 */
public final class WatchQueue {

    private final Map<WatcherId, Map<UserId, Presence>> pending = new HashMap<>();

    /**
     * Puts a presence in the watcher's queue, replacing an older one of the same user (a presence not newer than the
     * one waiting is dropped).
     *
     * @return true when the caller must start a drain on the watcher's lane
     */
    public synchronized boolean offer(WatcherId watcher, Presence presence) {
        Map<UserId, Presence> queue = pending.get(watcher);
        boolean start = queue == null;
        if (start) {
            queue = new LinkedHashMap<>();
            pending.put(watcher, queue);
        }
        Presence waiting = queue.get(presence.user());
        if (waiting == null || presence.newerThan(waiting)) {
            queue.remove(presence.user());
            queue.put(presence.user(), presence);
        }
        return start;
    }

    /**
     * Takes what waits for the watcher, oldest user first; an empty list means nothing waits and the lane is idle
     * (the next offer starts it again).
     */
    public synchronized List<Presence> drain(WatcherId watcher) {
        Map<UserId, Presence> queue = pending.get(watcher);
        if (queue == null || queue.isEmpty()) {
            pending.remove(watcher);
            return List.of();
        }
        List<Presence> batch = new ArrayList<>(queue.values());
        queue.clear();
        return batch;
    }

    /** Drops what waits for a watcher that is gone; its running drain, if any, ends at its next call. */
    public synchronized void forget(WatcherId watcher) {
        Map<UserId, Presence> queue = pending.get(watcher);
        if (queue != null) {
            queue.clear();
        }
    }

    /** How many presences wait for the watcher. */
    public synchronized int waiting(WatcherId watcher) {
        return pending.getOrDefault(watcher, Map.of()).size();
    }
}
