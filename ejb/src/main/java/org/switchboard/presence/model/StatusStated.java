package org.switchboard.presence.model;

import java.util.Objects;
import java.util.Optional;

/** A live login stated its status again (the same one or another), or cleared it; {@code before} is the old one. */
public record StatusStated(PresenceLogin login, Optional<PresenceStatus> before) implements DirectoryChange {

    public StatusStated {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(before, "before");
    }

    @Override
    public Kind kind() {
        return Kind.STATUS_STATED;
    }
}
