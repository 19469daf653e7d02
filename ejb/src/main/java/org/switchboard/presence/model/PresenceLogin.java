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
 */
public record PresenceLogin(LoginId id, UserId user, LoginKind kind, String origin, Optional<PresenceStatus> status,
        Instant since, Instant leaseEnds) {

    public PresenceLogin {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(leaseEnds, "leaseEnds");
        if (status.filter(s -> s == PresenceStatus.OFFLINE).isPresent()) {
            throw new IllegalArgumentException("a live login cannot state offline");
        }
    }
}
