package org.switchboard.presence.model;

import java.util.Objects;

/**
 * A login opened, or a login with the same id opened again (then {@code firstOfUser} is false).
 *
 * @param firstOfUser she had no live login before this one
 * @param alerted someone had asked to be told of her next login ({@link OnlineDirectory#alertOnNextLogin}); the
 *                one-shot alert is used up by this login
 */
public record LoggedIn(PresenceLogin login, boolean firstOfUser, boolean alerted) implements DirectoryChange {

    public LoggedIn {
        Objects.requireNonNull(login, "login");
    }

    @Override
    public Kind kind() {
        return Kind.LOGGED_IN;
    }
}
