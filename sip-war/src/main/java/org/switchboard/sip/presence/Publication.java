package org.switchboard.sip.presence;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.switchboard.presence.model.LoginId;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;

/**
 * One publisher's presence state (RFC 3903) as this server holds it: under the entity tag it was last given, for
 * the user it publishes, until it expires. Its login at the presence service is keyed by the first entity tag
 * ({@code key}), which stays while the tag changes at each refresh.
 *
 * @param origin the publisher's From URI, the origin of its login
 * @param publisher the From URI and the address and port it publishes from: one device
 * @param status what it states now; {@link PresenceStatus#OFFLINE} (a closed tuple) means no login
 */
record Publication(String entityTag, String key, UserId user, String origin, String publisher, PresenceStatus status,
        int expires, Instant expiresAt) {

    Publication {
        Objects.requireNonNull(entityTag, "entityTag");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    LoginId login() {
        return LoginId.of(LoginKind.PUBLICATION, key);
    }

    boolean loggedIn() {
        return status != PresenceStatus.OFFLINE;
    }

    Optional<PresenceStatus> stated() {
        return loggedIn() ? Optional.of(status) : Optional.empty();
    }

    Publication next(String tag, PresenceStatus now, int seconds, Instant at) {
        return new Publication(tag, key, user, origin, publisher, now, seconds, at);
    }
}
