package org.switchboard.presence.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The last live login of a user ended, whatever the statuses of her logins were: published exactly then, and only
 * then, on the UserOffline topic. {@code presence} is her presence from that moment (offline).
 *
 * @param lastLogin the login whose end left her with none
 */
public record UserOffline(Presence presence, LoginId lastLogin, LoginKind lastKind, Instant at)
        implements PresenceEvent {

    public UserOffline {
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(lastLogin, "lastLogin");
        Objects.requireNonNull(lastKind, "lastKind");
        Objects.requireNonNull(at, "at");
        if (presence.status() != PresenceStatus.OFFLINE) {
            throw new IllegalArgumentException("a user who went offline is offline");
        }
    }

    public UserId user() {
        return presence.user();
    }
}
