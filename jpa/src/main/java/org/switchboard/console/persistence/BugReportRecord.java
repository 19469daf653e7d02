package org.switchboard.console.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A receptionist's bug report as stored for the admin console: when, who (login and console session), her note,
 * the call she chose, and the snapshot of both lines with their history as text.
 */
@Entity
@Table(name = "console_bug_report")
@NamedQuery(name = BugReportRecord.NEWEST_FIRST, query = "select r from BugReportRecord r order by r.at desc, r.id desc")
public class BugReportRecord {

    public static final String NEWEST_FIRST = "BugReportRecord.newestFirst";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reported_at", nullable = false)
    private Instant at;

    @Column(name = "login", length = 64, nullable = false)
    private String login;

    @Column(name = "session_id", length = 64, nullable = false)
    private String session;

    @Column(name = "note", length = 500, nullable = false)
    private String note;

    @Column(name = "call_id", length = 64)
    private String callId;

    @Lob
    @Column(name = "snapshot", nullable = false)
    private String snapshot;

    protected BugReportRecord() {
        // for JPA
    }

    public BugReportRecord(Instant at, String login, String session, String note, String callId, String snapshot) {
        this.at = at;
        this.login = login;
        this.session = session;
        this.note = note;
        this.callId = callId;
        this.snapshot = snapshot;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String login() {
        return login;
    }

    public String session() {
        return session;
    }

    public String note() {
        return note;
    }

    public String callId() {
        return callId;
    }

    public String snapshot() {
        return snapshot;
    }
}
