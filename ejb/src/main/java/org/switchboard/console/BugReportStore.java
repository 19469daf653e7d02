package org.switchboard.console;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.switchboard.console.persistence.BugReportRecord;
import org.switchboard.console.persistence.BugReportRepository;

/** Stores the receptionists' bug reports through JPA, so that the admin console still shows them after a restart. */
@ApplicationScoped
public class BugReportStore {

    @Inject
    BugReportRepository repository;

    @Transactional
    public void save(BugReports.BugReport report) {
        repository.add(new BugReportRecord(report.at(), report.login(), report.session(), report.note(),
                report.callId().orElse(null), report.text()));
    }

    @Transactional
    public List<BugReports.BugReport> newest(int count) {
        return repository.newest(count).stream().map(r -> new BugReports.BugReport(r.at(), r.session(), r.login(),
                r.note(), Optional.ofNullable(r.callId()), r.snapshot())).toList();
    }
}
