package org.switchboard.cdr.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Call records by call id and by start time. Runs in the caller's transaction. */
@ApplicationScoped
public class CallRecordRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    public Optional<CallRecord> find(String callId) {
        return Optional.ofNullable(em.find(CallRecord.class, callId));
    }

    /** Stores the record unless one with the same call id exists; tells whether it was stored. */
    public boolean addIfAbsent(CallRecord record) {
        if (em.find(CallRecord.class, record.callId()) != null) {
            return false;
        }
        em.persist(record);
        return true;
    }

    /** Records of calls that started in {@code [from, to)}, oldest first, one page at a time. */
    public List<CallRecord> startedBetween(Instant from, Instant to, int first, int max) {
        return em.createNamedQuery(CallRecord.STARTED_BETWEEN, CallRecord.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countStartedBetween(Instant from, Instant to) {
        return em.createNamedQuery(CallRecord.COUNT_STARTED_BETWEEN, Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }
}
