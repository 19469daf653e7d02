package org.switchboard.web.presence;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;

/** A request to log a user in passively, as {@link PresenceRequests} validated it. */
record PassiveLoginRequest(UserId user, Optional<PresenceStatus> status, Duration lease) {

    PassiveLoginRequest {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lease, "lease");
    }
}
