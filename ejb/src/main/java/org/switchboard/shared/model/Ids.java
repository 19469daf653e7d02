package org.switchboard.shared.model;

import java.util.Objects;

/** The one rule for every id: present, not blank, no surrounding spaces. */
final class Ids {

    private Ids() {
    }

    static String require(String value, String what) {
        Objects.requireNonNull(value, what);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        return trimmed;
    }
}
