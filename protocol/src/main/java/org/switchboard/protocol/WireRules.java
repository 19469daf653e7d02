package org.switchboard.protocol;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules every field value of the protocol obeys, checked when a record is made (so a decoded body and
 * a body about to be sent obey the same ones). A broken rule is an {@link IllegalArgumentException} that
 * names the field; the codec turns it into a {@code MALFORMED} reason.
 */
final class WireRules {

    /** Call ids, session ids, logins and queue names: {@code 1764151234.88}, {@code GeneralQueue}. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:@-]{1,64}");
    /** What a phone dials: digits, {@code +}, {@code *}, {@code #}. */
    private static final Pattern DIALABLE = Pattern.compile("[0-9+*#]{1,32}");
    /** An Asterisk device: {@code PJSIP/204}. */
    private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9/_.:@+*#-]{1,64}");
    /** A user of presence, her extension: {@code 201}; the same rule as the server's user ids. */
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._+-]{1,32}");
    /** A state or trigger name: {@code CONVERSATION}, {@code TAKE_BACK}. */
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private WireRules() {
    }

    static long count(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be 0 or more, not " + value);
        }
        return value;
    }

    /** An update's number: 1 or more. */
    static long sequence(String field, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be 1 or more, not " + value);
        }
        return value;
    }

    /** An immutable copy of a list of at most {@code max} elements. */
    static <T> List<T> bounded(String field, List<T> list, int max) {
        List<T> copy = List.copyOf(Objects.requireNonNull(list, field));
        if (copy.size() > max) {
            throw new IllegalArgumentException(field + " has " + copy.size() + " entries, more than " + max);
        }
        return copy;
    }

    static String id(String field, String value) {
        return matching(field, value, ID, "1 to 64 letters, digits or ._:@-");
    }

    static String dialable(String field, String value) {
        return matching(field, value, DIALABLE, "1 to 32 digits, +, * or #");
    }

    static String device(String field, String value) {
        return matching(field, value, DEVICE, "a device name such as PJSIP/204");
    }

    static String user(String field, String value) {
        return matching(field, value, USER, "1 to 32 letters, digits or ._+-");
    }

    static String constant(String field, String value) {
        return matching(field, value, CONSTANT, "an upper-case name such as CONVERSATION");
    }

    /**
     * Free text of at most {@code max} characters: no control characters except line feed and tab, no
     * broken surrogate pairs. May be empty.
     */
    static String text(String field, String value, int max) {
        Objects.requireNonNull(value, field);
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                throw new IllegalArgumentException(field + " contains the control character U+"
                        + String.format("%04X", (int) c));
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(field + " contains a broken surrogate pair");
            }
        }
        return value;
    }

    static Optional<String> optionalText(String field, Optional<String> value, int max) {
        Objects.requireNonNull(value, field).ifPresent(text -> text(field, text, max));
        return value;
    }

    static <T> Optional<T> optional(String field, Optional<T> value) {
        return Objects.requireNonNull(value, field);
    }

    private static String matching(String field, String value, Pattern pattern, String expected) {
        Objects.requireNonNull(value, field);
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be " + expected + ", not \"" + shown(value) + "\"");
        }
        return value;
    }

    /** A refused value as it may appear in a reason: short, without control characters. */
    static String shown(String value) {
        String cut = value;
        if (value.length() > 40) {
            cut = value.substring(0, Character.isHighSurrogate(value.charAt(39)) ? 39 : 40) + "…";
        }
        StringBuilder shown = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> shown.appendCodePoint(
                Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE ? '?' : c));
        return shown.toString();
    }
}
