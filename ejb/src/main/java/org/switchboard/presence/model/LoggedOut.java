package org.switchboard.presence.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A login ended: logged out by its source, its lease ran out, its origin restarted, or its source no longer has it.
 *
 * @param lastOfUser she has no live login left: the fact UserOffline is published on, whatever the statuses were
 */
public record LoggedOut(PresenceLogin login, String reason, boolean lastOfUser, Instant at) implements DirectoryChange {

    /** The reason of a login whose lease ran out. */
    public static final String LEASE_EXPIRED = "lease expired";
    /** The reason of a login its source no longer lists ({@link OnlineDirectory#reconcile}). */
    public static final String GONE_FROM_SOURCE = "gone from its source";

    public LoggedOut {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public Kind kind() {
        return Kind.LOGGED_OUT;
    }
}
