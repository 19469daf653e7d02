package org.switchboard.pbx.ami;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.asteriskjava.manager.event.ManagerEvent;
import org.switchboard.pbx.model.CallerId;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.DeviceState;
import org.switchboard.pbx.model.Stamp;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;

/**
 * How AMI header values become our values: the one place that knows that an absent number is zero, that
 * {@code LastCall: 0} means never, that {@code Paused} may be {@code 1} or {@code true}, and that a
 * channel needs both its unique id and its linked id to be named.
 */
final class AmiFields {

    private AmiFields() {
    }

    /** The event's Timestamp header ({@code seconds.micros}), or the received time when it has none. */
    static Stamp stamp(ManagerEvent event, Instant receivedAt) {
        Double timestamp = event.getTimestamp();
        if (timestamp == null || timestamp.isNaN() || timestamp.isInfinite() || timestamp <= 0) {
            return Stamp.at(receivedAt);
        }
        BigDecimal seconds = new BigDecimal(Double.toString(timestamp));
        long whole = seconds.longValue();
        long micros = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(6).setScale(0, java.math.RoundingMode.HALF_UP)
                .longValue();
        return new Stamp(Instant.ofEpochSecond(whole, micros * 1_000L), receivedAt);
    }

    /** A channel named by its unique id and linked id; empty when either is missing. */
    static Optional<ChannelRef> channel(String uniqueId, String linkedId, String name) {
        if (blank(uniqueId) || blank(linkedId)) {
            return Optional.empty();
        }
        return Optional.of(new ChannelRef(new ChannelId(uniqueId), new CallId(linkedId), text(name)));
    }

    static CallerId parties(String number, String name) {
        return new CallerId(number, name);
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static int number(Number value) {
        return value == null ? 0 : value.intValue();
    }

    /** A whole number in a header that asterisk-java keeps as text; zero when absent or not a number. */
    static long number(String value) {
        if (blank(value)) {
            return 0;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static Duration seconds(Number value) {
        return Duration.ofSeconds(value == null ? 0 : value.longValue());
    }

    /** An epoch-seconds header where 0 means "never". */
    static Optional<Instant> epochSeconds(Number value) {
        return value == null || value.longValue() <= 0 ? Optional.empty()
                : Optional.of(Instant.ofEpochSecond(value.longValue()));
    }

    /** {@code 1}, {@code true}, {@code yes} (any case) are true; anything else, and absence, is false. */
    static boolean flag(Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof Number count) {
            return count.intValue() != 0;
        }
        String text = value == null ? "" : value.toString().strip().toLowerCase(Locale.ROOT);
        return text.equals("1") || text.equals("true") || text.equals("yes");
    }

    /** A queue member's numeric Status header as a device state. */
    static DeviceState memberStatus(Number code) {
        return code == null ? DeviceState.UNKNOWN : DeviceState.ofCode(code.intValue());
    }

    /** The AMI name of an event class: {@code NewChannelEvent} is {@code NewChannel}. */
    static String eventName(Class<?> type) {
        String name = type.getSimpleName();
        return name.endsWith("Event") ? name.substring(0, name.length() - "Event".length()) : name;
    }
}
