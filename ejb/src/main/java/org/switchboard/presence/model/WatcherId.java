package org.switchboard.presence.model;

import java.util.Objects;

/** One watcher: {@code console:<session id>} for a console session, {@code sip:<dialog>} for a SIP subscription. */
public record WatcherId(String value) {

    public WatcherId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 300) {
            throw new IllegalArgumentException("a watcher id is 1 to 300 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
