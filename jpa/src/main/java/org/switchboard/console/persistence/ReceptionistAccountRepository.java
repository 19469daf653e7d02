package org.switchboard.console.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Receptionist accounts by login. Runs in the caller's transaction; changes to a found account are saved with it. */
@ApplicationScoped
public class ReceptionistAccountRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    public Optional<ReceptionistAccount> find(String login) {
        return Optional.ofNullable(em.find(ReceptionistAccount.class, login));
    }

    /** Every account, by login. */
    public List<ReceptionistAccount> all() {
        return em.createNamedQuery(ReceptionistAccount.ALL_BY_LOGIN, ReceptionistAccount.class).getResultList();
    }

    /** Stores a new account; a login already taken fails the transaction (the login is the primary key). */
    public ReceptionistAccount add(ReceptionistAccount account) {
        em.persist(account);
        return account;
    }
}
