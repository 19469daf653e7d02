package org.switchboard.failover.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What a site tells the other site of the pair about itself, again and again: its role, its fencing flags,
 * whether it takes reception calls now (and why not), whether it detected reception activity (a secondary in
 * failover mode), and whether it demands that the primary stay down (STONITH). The demand is state, repeated
 * with every status, so a primary that comes back hears it with the first status it receives.
 */
public record SiteStatus(String site, SiteRole role, FencingFlags flags, boolean takesCalls, String reason,
        boolean activityDetected, boolean demandsStonith, String serverVersion, Instant at) {

    public SiteStatus {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(serverVersion, "serverVersion");
        Objects.requireNonNull(at, "at");
        if (!takesCalls && reason.isBlank()) {
            throw new IllegalArgumentException("a site that refuses calls must say why: " + site);
        }
    }
}
