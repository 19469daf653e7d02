package org.switchboard.presence.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A user of the company as presence knows her: her extension, the same name her phone carries at the PBX
 * ({@code 201} for {@code PJSIP/201}) and the user part of her presence URI ({@code sip:201@example.org}).
 * 1 to 32 characters among letters, digits and {@code . _ - +}.
 */
public record UserId(String value) {

    public UserId {
        Objects.requireNonNull(value, "value");
        if (!valid(value)) {
            throw new IllegalArgumentException("a user id is 1 to 32 letters, digits or . _ - +, not '" + value + "'");
        }
    }

    /** The user id, or empty when {@code text} is not one (for input from the wire). */
    public static Optional<UserId> parse(String text) {
        return text != null && valid(text) ? Optional.of(new UserId(text)) : Optional.empty();
    }

    /** The user a phone belongs to: the resource of its device ({@code PJSIP/201} is user {@code 201}). */
    public static Optional<UserId> ofPhone(String device) {
        return device == null ? Optional.empty() : parse(device.substring(device.indexOf('/') + 1));
    }

    private static boolean valid(String text) {
        return !text.isEmpty() && text.length() <= 32 && text.chars().allMatch(
                c -> c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '+'));
    }

    @Override
    public String toString() {
        return value;
    }
}
