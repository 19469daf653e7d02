package org.switchboard.presence.persistence;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The SIP subscriptions to presence that have not expired. Runs in the caller's transaction. */
@ApplicationScoped
public class SipWatchRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    /** Stores the subscription, replacing the one with the same dialog id. */
    public void save(SipWatchRecord watch) {
        em.merge(watch);
    }

    public void remove(String dialogId) {
        SipWatchRecord found = em.find(SipWatchRecord.class, dialogId);
        if (found != null) {
            em.remove(found);
        }
    }

    /** Deletes the subscriptions expired at {@code now}; how many. */
    public int removeExpired(Instant now) {
        return em.createNamedQuery(SipWatchRecord.EXPIRED).setParameter("now", now).executeUpdate();
    }

    /** Every stored subscription, the soonest to expire first. */
    public List<SipWatchRecord> all() {
        return em.createNamedQuery(SipWatchRecord.ALL, SipWatchRecord.class).getResultList();
    }
}
