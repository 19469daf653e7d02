package org.switchboard.presence.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The last live login of a user ended, whatever the statuses of her logins were: published exactly then, and only
 * then, on the UserOffline topic. {@code presence} is her presence from that moment (offline).
 *
 * @param lastLogin the login whose end left her with none; empty when her logins were lost with a restart of the
 *                  presence service and did not come back (the directory that held them is gone, so which one was
 *                  last is not known)
 * @param lastKind its kind, empty exactly when {@code lastLogin} is
 */
public record UserOffline(Presence presence, Optional<LoginId> lastLogin, Optional<LoginKind> lastKind, Instant at)
        implements PresenceEvent {

    public UserOffline {
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(lastLogin, "lastLogin");
        Objects.requireNonNull(lastKind, "lastKind");
        Objects.requireNonNull(at, "at");
        if (presence.status() != PresenceStatus.OFFLINE) {
            throw new IllegalArgumentException("a user who went offline is offline");
        }
        if (lastLogin.isPresent() != lastKind.isPresent()) {
            throw new IllegalArgumentException("the last login and its kind go together");
        }
    }

    /** Her last login, of that kind, ended. */
    public UserOffline(Presence presence, LoginId lastLogin, LoginKind lastKind, Instant at) {
        this(presence, Optional.of(lastLogin), Optional.of(lastKind), at);
    }

    /** She was online when the presence service stopped, and none of her logins came back after its restart. */
    public static UserOffline lostWithRestart(Presence presence, Instant at) {
        return new UserOffline(presence, Optional.empty(), Optional.empty(), at);
    }

    public UserId user() {
        return presence.user();
    }
}
