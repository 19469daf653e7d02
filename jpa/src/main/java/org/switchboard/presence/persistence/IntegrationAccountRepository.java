package org.switchboard.presence.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Integration accounts by name. Runs in the caller's transaction; changes to a found account are saved with it. */
@ApplicationScoped
public class IntegrationAccountRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    public Optional<IntegrationAccount> find(String name) {
        return Optional.ofNullable(em.find(IntegrationAccount.class, name));
    }

    /** Every account, by name. */
    public List<IntegrationAccount> all() {
        return em.createNamedQuery(IntegrationAccount.ALL_BY_NAME, IntegrationAccount.class).getResultList();
    }

    /** Stores a new account; a name already taken fails the transaction (the name is the primary key). */
    public IntegrationAccount add(IntegrationAccount account) {
        em.persist(account);
        return account;
    }

    /** Deletes the account; false when there was none. */
    public boolean remove(String name) {
        IntegrationAccount account = em.find(IntegrationAccount.class, name);
        if (account == null) {
            return false;
        }
        em.remove(account);
        return true;
    }
}
