package org.switchboard.presence.model;

import java.util.Objects;

/**
 * One login of the online directory, unique among all logins: {@code console:<session id>},
 * {@code phone:<device>}, {@code passive:<integration>:<uuid>}, {@code publication:<entity tag>}.
 */
public record LoginId(String value) {

    public LoginId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 160) {
            throw new IllegalArgumentException("a login id is 1 to 160 characters");
        }
    }

    public static LoginId of(LoginKind kind, String key) {
        return new LoginId(kind.prefix() + ":" + key);
    }

    /**
     * The key of a passive login an integration (or an operator, naming an origin) makes: the origin is part of it,
     * so an integration that names another's login names one that does not exist.
     */
    public static String passiveKey(String origin, java.util.UUID id) {
        return origin + ":" + id;
    }

    @Override
    public String toString() {
        return value;
    }
}
