package org.switchboard.shared.model;

import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Where a domain's settings are read from (system properties in the server, a map in tests), with the checks
 * every setting shares: a value that is absent or blank takes the one default its settings record declares; a
 * value that cannot be used fails the startup with an {@link InvalidSetting} naming the key.
 */
public record SettingSource(UnaryOperator<String> source) {

    public SettingSource {
        Objects.requireNonNull(source, "source");
    }

    /** A positive duration, as ISO-8601 ({@code PT5S}) or a number of milliseconds. */
    public Duration duration(String key, Duration fallback) {
        String text = source.apply(key);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String value = text.strip();
        try {
            Duration parsed = value.chars().allMatch(Character::isDigit) ? Duration.ofMillis(Long.parseLong(value))
                    : Duration.parse(value);
            if (!parsed.isNegative() && !parsed.isZero()) {
                return parsed;
            }
        } catch (RuntimeException e) {
            // reported below with the key
        }
        throw new InvalidSetting(key, text, "a positive duration such as PT5S or a number of milliseconds");
    }

    /** A whole number within bounds. */
    public int integer(String key, int fallback, int min, int max) {
        String text = source.apply(key);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the key
        }
        throw new InvalidSetting(key, text, "a whole number from " + min + " to " + max);
    }

    /** A number within bounds, with or without decimals ({@code 1.5}, {@code 100000000}). */
    public double number(String key, double fallback, double min, double max) {
        String text = source.apply(key);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the key
        }
        throw new InvalidSetting(key, text, "a number from " + min + " to " + max);
    }

    /** A text matching {@code pattern}, described to the operator as {@code expected}. */
    public String text(String key, String fallback, Pattern pattern, String expected) {
        String text = source.apply(key);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String value = text.strip();
        if (!pattern.matcher(value).matches()) {
            throw new InvalidSetting(key, text, expected);
        }
        return value;
    }
}
