package org.switchboard.failover.persistence;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One server of the active-active pair, known by its site name. Written by the server itself each time it
 * starts, so the record tells which version last ran there, in which role, and how often it started.
 */
@Entity
@Table(name = "site")
@NamedQuery(name = Site.ALL_BY_NAME, query = "select s from Site s order by s.name")
public class Site {

    public static final String ALL_BY_NAME = "Site.allByName";

    @Id
    @Column(name = "name", length = 23)
    private String name;

    @Column(name = "role", length = 16, nullable = false)
    private String role;

    @Column(name = "server_version", length = 64, nullable = false)
    private String serverVersion;

    @Column(name = "first_started_at", nullable = false)
    private Instant firstStartedAt;

    @Column(name = "last_started_at", nullable = false)
    private Instant lastStartedAt;

    @Column(name = "start_count", nullable = false)
    private long startCount;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Site() {
        // for JPA
    }

    /** A site that has just started for the first time. */
    public static Site firstStart(String name, String role, String serverVersion, Instant at) {
        Site site = new Site();
        site.name = Objects.requireNonNull(name, "name");
        site.firstStartedAt = Objects.requireNonNull(at, "at");
        site.recordStart(role, serverVersion, at);
        return site;
    }

    /** The site started again, possibly with another role or version. */
    public void recordStart(String newRole, String newServerVersion, Instant at) {
        this.role = Objects.requireNonNull(newRole, "role");
        this.serverVersion = Objects.requireNonNull(newServerVersion, "serverVersion");
        this.lastStartedAt = Objects.requireNonNull(at, "at");
        this.startCount++;
    }

    public String name() {
        return name;
    }

    public String role() {
        return role;
    }

    public String serverVersion() {
        return serverVersion;
    }

    public Instant firstStartedAt() {
        return firstStartedAt;
    }

    public Instant lastStartedAt() {
        return lastStartedAt;
    }

    public long startCount() {
        return startCount;
    }
}
