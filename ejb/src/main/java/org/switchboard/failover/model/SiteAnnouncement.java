package org.switchboard.failover.model;

import java.time.Instant;
import java.util.Objects;

/** A site saying that it is alive, in which role and with which version, at a given moment. */
public record SiteAnnouncement(String siteName, SiteRole role, String serverVersion, Instant announcedAt) {

    public SiteAnnouncement {
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(serverVersion, "serverVersion");
        Objects.requireNonNull(announcedAt, "announcedAt");
    }
}
