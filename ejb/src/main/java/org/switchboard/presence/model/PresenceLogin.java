package org.switchboard.presence.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One live login of a user in the online directory.
 *
 * @param origin who made it and ends it: the console session, the phone's device, the integration's name, the SIP
 *               publisher's address; a restarting integration drops all logins of its origin at once
 * @param status the status the login states, or empty for a login that carries none (a passive login, a phone)
 * @param leaseEnds when the login ends unless its source renews it
 * @param statusSince when the login last stated its status (or opened): among a user's logins, the one that stated
 *                    a status most recently gives her status ({@link PresenceRule})
 */
public record PresenceLogin(LoginId id, UserId user, LoginKind kind, String origin, Optional<PresenceStatus> status,
        Instant since, Instant leaseEnds, Instant statusSince) {

    public PresenceLogin {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(leaseEnds, "leaseEnds");
        Objects.requireNonNull(statusSince, "statusSince");
        if (status.filter(s -> s == PresenceStatus.OFFLINE).isPresent()) {
            throw new IllegalArgumentException("a live login cannot state offline");
        }
    }

    /** A login whose status was stated when it opened. */
    public PresenceLogin(LoginId id, UserId user, LoginKind kind, String origin, Optional<PresenceStatus> status,
            Instant since, Instant leaseEnds) {
        this(id, user, kind, origin, status, since, leaseEnds, since);
    }

    PresenceLogin withLease(Instant ends) {
        return new PresenceLogin(id, user, kind, origin, status, since, ends, statusSince);
    }

    PresenceLogin stating(Optional<PresenceStatus> stated, Instant at) {
        return new PresenceLogin(id, user, kind, origin, stated, since, leaseEnds, at);
    }
}
