package org.switchboard.protocol;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Times on the wire: UTC instants in ISO-8601 with exactly three fraction digits,
 * {@code 2026-11-26T10:15:30.123Z}, as JavaScript's {@code Date.toISOString()} writes them. Records keep
 * their times to the millisecond, so that a decoded body encodes back to the same text.
 */
final class WireTime {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999Z");

    private WireTime() {
    }

    /** The instant as a record keeps it: to the millisecond, within the years 0000 to 9999. */
    static Instant of(String field, Instant instant) {
        Objects.requireNonNull(instant, field);
        if (instant.isBefore(FIRST) || instant.isAfter(LAST)) {
            throw new IllegalArgumentException(field + " is outside the years 0000 to 9999: " + instant);
        }
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Written by hand: this runs for every time of every update the server sends. */
    static String write(Instant instant) {
        java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(),
                java.time.ZoneOffset.UTC);
        StringBuilder text = new StringBuilder(24);
        pad(text, t.getYear(), 4).append('-');
        pad(text, t.getMonthValue(), 2).append('-');
        pad(text, t.getDayOfMonth(), 2).append('T');
        pad(text, t.getHour(), 2).append(':');
        pad(text, t.getMinute(), 2).append(':');
        pad(text, t.getSecond(), 2).append('.');
        return pad(text, t.getNano() / 1_000_000, 3).append('Z').toString();
    }

    private static StringBuilder pad(StringBuilder text, int value, int digits) {
        String number = Integer.toString(value);
        for (int i = number.length(); i < digits; i++) {
            text.append('0');
        }
        return text.append(number);
    }

    /** The instant written in {@code text}, or an {@link IllegalArgumentException} saying what is wrong with it. */
    static Instant read(String text) {
        if (!FORMAT.matcher(text).matches()) {
            throw new IllegalArgumentException("must be a UTC time like 2026-11-26T10:15:30.123Z, not \""
                    + WireRules.shown(text) + "\"");
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is not a valid time: \"" + text + "\"");
        }
    }
}
