package org.switchboard.presence.model;

import java.util.Objects;

/**
 * A user's presence changed: her status, note, attributes or phone, or a login came or went. Published on the
 * PresenceChanged topic once the change is stored.
 *
 * @param cause what changed it, for the logs and the watchers' traces (e.g. {@code login console:…})
 */
public record PresenceChanged(Presence presence, String cause) implements PresenceEvent {

    public PresenceChanged {
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(cause, "cause");
    }

    public UserId user() {
        return presence.user();
    }
}
