package org.switchboard.presence.persistence;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A user's presence as last stored, written on every change before it is broadcast. The status is kept for the
 * record (after a restart a user is offline until a login comes back); the note, the attributes (a JSON object
 * of text values) and the version are what a restart reloads, so a watcher's versions keep growing.
 */
@Entity
@Table(name = "presence_record")
@NamedQuery(name = PresenceRecord.ALL, query = "select r from PresenceRecord r order by r.user")
@NamedQuery(name = PresenceRecord.OF_USERS, query = "select r from PresenceRecord r where r.user in :users")
public class PresenceRecord {

    public static final String ALL = "PresenceRecord.all";
    public static final String OF_USERS = "PresenceRecord.ofUsers";
    /** Room for the most attributes a user has, written as a JSON object. */
    public static final int ATTRIBUTES_LENGTH = 40_000;

    @Id
    @Column(name = "user_id", length = 32)
    private String user;

    @Column(name = "status", length = 16, nullable = false)
    private String status;

    @Column(name = "note", length = 1000, nullable = false)
    private String note;

    /** At most 32 attributes of a 64-character name and a 1024-character value, as JSON: no LOB needed. */
    @Column(name = "attributes", length = ATTRIBUTES_LENGTH, nullable = false)
    private String attributes;

    @Column(name = "on_phone", nullable = false)
    private boolean onPhone;

    @Column(name = "presence_version", nullable = false)
    private long version;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected PresenceRecord() {
        // for JPA
    }

    public PresenceRecord(String user) {
        this.user = Objects.requireNonNull(user, "user");
    }

    /** Takes the user's presence now. */
    public PresenceRecord write(String newStatus, String newNote, String newAttributes, boolean newOnPhone,
            long newVersion, Instant at) {
        this.status = Objects.requireNonNull(newStatus, "status");
        this.note = Objects.requireNonNull(newNote, "note");
        this.attributes = Objects.requireNonNull(newAttributes, "attributes");
        this.onPhone = newOnPhone;
        this.version = newVersion;
        this.changedAt = Objects.requireNonNull(at, "at");
        return this;
    }

    public String user() {
        return user;
    }

    public String status() {
        return status;
    }

    public String note() {
        return note;
    }

    public String attributes() {
        return attributes;
    }

    public boolean onPhone() {
        return onPhone;
    }

    public long version() {
        return version;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
