package org.switchboard.presence.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** SIP presence accounts by user id. Runs in the caller's transaction; changes to a found account are saved with it. */
@ApplicationScoped
public class SipPresenceAccountRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    public Optional<SipPresenceAccount> find(String userId) {
        return Optional.ofNullable(em.find(SipPresenceAccount.class, userId));
    }

    /** Every account, by user id. */
    public List<SipPresenceAccount> all() {
        return em.createNamedQuery(SipPresenceAccount.ALL_BY_USER, SipPresenceAccount.class).getResultList();
    }

    /** Stores a new account; a user id already taken fails the transaction (it is the primary key). */
    public SipPresenceAccount add(SipPresenceAccount account) {
        em.persist(account);
        return account;
    }

    /** Deletes the account; false when there was none. */
    public boolean remove(String userId) {
        SipPresenceAccount account = em.find(SipPresenceAccount.class, userId);
        if (account == null) {
            return false;
        }
        em.remove(account);
        return true;
    }
}
