package org.switchboard.sip.presence;

import java.time.Instant;
import java.util.List;

import org.switchboard.presence.model.SipWatch;

/**
 * Where SIP subscriptions are kept across restarts: in the container the presence service's JPA store
 * ({@code SipWatchStore}); in component tests a map. Calls may block on the database: they are made from a SIP lane
 * or the check, never from a watcher's lane.
 */
public interface SubscriptionStore {

    void save(SipWatch watch);

    void remove(String dialogId);

    /** The subscriptions not expired at {@code now}. */
    List<SipWatch> live(Instant now);
}
