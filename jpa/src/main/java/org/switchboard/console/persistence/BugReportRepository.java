package org.switchboard.console.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The receptionists' bug reports. Runs in the caller's transaction. */
@ApplicationScoped
public class BugReportRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    public BugReportRecord add(BugReportRecord report) {
        em.persist(report);
        return report;
    }

    /** The newest {@code count} reports, newest first. */
    public List<BugReportRecord> newest(int count) {
        return em.createNamedQuery(BugReportRecord.NEWEST_FIRST, BugReportRecord.class).setMaxResults(count)
                .getResultList();
    }
}
