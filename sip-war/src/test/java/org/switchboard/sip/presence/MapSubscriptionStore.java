package org.switchboard.sip.presence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.switchboard.presence.model.SipWatch;

/** The subscriptions kept in a map, standing in for the JPA store (covered by the ITs) across a simulated restart. */
final class MapSubscriptionStore implements SubscriptionStore {

    final Map<String, SipWatch> stored = new ConcurrentHashMap<>();

    @Override
    public void save(SipWatch watch) {
        stored.put(watch.dialogId(), watch);
    }

    @Override
    public void remove(String dialogId) {
        stored.remove(dialogId);
    }

    @Override
    public List<SipWatch> live(Instant now) {
        stored.values().removeIf(watch -> watch.expiredAt(now));
        return List.copyOf(stored.values());
    }
}
