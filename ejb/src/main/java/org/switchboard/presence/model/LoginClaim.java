package org.switchboard.presence.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A login as its source sees it live, for {@link OnlineDirectory#reconcile}: the phone source lists every
 * registered phone, a console service every open session.
 */
public record LoginClaim(UserId user, String key, String origin, Optional<PresenceStatus> status, Duration lease) {

    public LoginClaim {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a lease is positive, not " + lease);
        }
    }
}
