package org.switchboard.console.model;

import java.util.Objects;
import java.util.UUID;

/** A console session, the same for the whole life of the session (log ins of the same receptionist keep it). */
public record SessionId(String value) {

    public SessionId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("a session id is 1 to 64 characters");
        }
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
