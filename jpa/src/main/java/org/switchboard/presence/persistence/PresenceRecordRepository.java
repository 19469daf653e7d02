package org.switchboard.presence.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The users' stored presence. Runs in the caller's transaction. */
@ApplicationScoped
public class PresenceRecordRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    public Optional<PresenceRecord> find(String user) {
        return Optional.ofNullable(em.find(PresenceRecord.class, user));
    }

    public PresenceRecord add(PresenceRecord record) {
        em.persist(record);
        return record;
    }

    public List<PresenceRecord> all() {
        return em.createNamedQuery(PresenceRecord.ALL, PresenceRecord.class).getResultList();
    }
}
