package org.switchboard.presence;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.switchboard.presence.model.OnlineDirectory;
import org.switchboard.presence.model.StatusProvider;
import org.switchboard.presence.model.SubscriptionManager;
import org.switchboard.presence.model.WatchQueue;
import org.switchboard.presence.model.WatcherId;

/**
 * What the presence service holds in memory, as one generation: the online directory, the status provider over it,
 * this node's subscription manager (fetching from the provider), the watchers' coalescing queue and the watchers'
 * callbacks. A restart replaces the whole generation at once.
 */
record PresenceState(OnlineDirectory directory, StatusProvider provider, SubscriptionManager manager,
        WatchQueue queue, ConcurrentMap<WatcherId, Watcher> watchers) {

    static PresenceState fresh() {
        OnlineDirectory directory = new OnlineDirectory();
        StatusProvider provider = new StatusProvider(directory);
        return new PresenceState(directory, provider, new SubscriptionManager(provider::presence), new WatchQueue(),
                new ConcurrentHashMap<>());
    }

    /** How many (watcher, user) watches this node has. */
    int watches() {
        return manager.watchers().stream().mapToInt(watcher -> manager.watchedBy(watcher).size()).sum();
    }
}
