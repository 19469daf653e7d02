package org.switchboard.sip.presence;

import java.time.Instant;
import java.util.List;

import org.switchboard.presence.SipWatchStore;
import org.switchboard.presence.model.SipWatch;

/** The subscriptions kept through the presence service's JPA store. */
public final class StoredSubscriptions implements SubscriptionStore {

    private final SipWatchStore store;

    public StoredSubscriptions(SipWatchStore store) {
        this.store = store;
    }

    @Override
    public void save(SipWatch watch) {
        store.save(watch);
    }

    @Override
    public void remove(String dialogId) {
        store.remove(dialogId);
    }

    @Override
    public List<SipWatch> live(Instant now) {
        return store.live(now);
    }
}
