package org.switchboard.protocol;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
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
    private static final DateTimeFormatter WRITER = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);
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

    static String write(Instant instant) {
        return WRITER.format(instant);
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
