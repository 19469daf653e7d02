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

    /** The user's record, made (and persisted) when she has none yet. */
    public PresenceRecord findOrAdd(String user) {
        return find(user).orElseGet(() -> {
            PresenceRecord record = new PresenceRecord(user);
            em.persist(record);
            return record;
        });
    }

    public List<PresenceRecord> all() {
        return em.createNamedQuery(PresenceRecord.ALL, PresenceRecord.class).getResultList();
    }
}
