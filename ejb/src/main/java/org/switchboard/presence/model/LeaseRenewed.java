package org.switchboard.presence.model;

import java.util.Objects;

/** A live login's source renewed it: it lives until its new {@code leaseEnds}. Changes no presence. */
public record LeaseRenewed(PresenceLogin login) implements DirectoryChange {

    public LeaseRenewed {
        Objects.requireNonNull(login, "login");
    }

    @Override
    public Kind kind() {
        return Kind.LEASE_RENEWED;
    }
}
