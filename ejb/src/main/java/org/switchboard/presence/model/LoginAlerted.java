package org.switchboard.presence.model;

import java.util.Objects;

/** The one-shot alert for a user's next login went off: {@code login} is the login that set it off. */
public record LoginAlerted(UserId user, LoginId login) {

    public LoginAlerted {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(login, "login");
    }
}
