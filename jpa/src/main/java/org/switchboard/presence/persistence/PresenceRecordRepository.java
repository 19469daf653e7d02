package org.switchboard.presence.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** The stored records of these users (those stored), by user, in one query. */
    public Map<String, PresenceRecord> find(Collection<String> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(PresenceRecord.OF_USERS, PresenceRecord.class).setParameter("users", users)
                .getResultStream().collect(Collectors.toMap(PresenceRecord::user, Function.identity()));
    }

    public PresenceRecord add(PresenceRecord record) {
        em.persist(record);
        return record;
    }

    public List<PresenceRecord> all() {
        return em.createNamedQuery(PresenceRecord.ALL, PresenceRecord.class).getResultList();
    }
}
