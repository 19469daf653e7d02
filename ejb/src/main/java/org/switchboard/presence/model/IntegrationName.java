package org.switchboard.presence.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The name of an integration (a CTI server) that makes passive logins: what it logs in with over HTTP Basic and the
 * origin of its logins. 1 to 64 characters among letters, digits and {@code . _ -} (no colon: it is part of the
 * login ids {@code passive:<integration>:<uuid>}).
 */
public record IntegrationName(String value) {

    public static final int MAX_LENGTH = 64;

    public IntegrationName {
        Objects.requireNonNull(value, "value");
        if (!valid(value)) {
            throw new IllegalArgumentException(
                    "an integration name is 1 to " + MAX_LENGTH + " letters, digits or . _ -, not '" + value + "'");
        }
    }

    /** The name, or empty when {@code text} is not one (for input from the wire). */
    public static Optional<IntegrationName> parse(String text) {
        return text != null && valid(text) ? Optional.of(new IntegrationName(text)) : Optional.empty();
    }

    private static boolean valid(String text) {
        return !text.isEmpty() && text.length() <= MAX_LENGTH && text.chars()
                .allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-'));
    }

    @Override
    public String toString() {
        return value;
    }
}
