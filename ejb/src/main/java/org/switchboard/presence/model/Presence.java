package org.switchboard.presence.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A user's presence as every watcher sees it: her status, her free-text note and attributes, whether her phone is
 * in a call, and a version that grows with every change of the user's presence, so that a watcher keeps the newest.
 */
public record Presence(UserId user, PresenceStatus status, String note, Map<String, String> attributes,
        boolean onPhone, long version, Instant changedAt) {

    public Presence {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
        attributes = Map.copyOf(attributes);
        Objects.requireNonNull(changedAt, "changedAt");
    }

    /** A user nobody has heard of yet: offline, no note, version 0. */
    public static Presence unknown(UserId user, Instant at) {
        return new Presence(user, PresenceStatus.OFFLINE, "", Map.of(), false, 0, at);
    }

    public boolean newerThan(Presence other) {
        return version > other.version;
    }
}
