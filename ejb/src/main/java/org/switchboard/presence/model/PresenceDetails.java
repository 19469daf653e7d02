package org.switchboard.presence.model;

import java.util.Map;
import java.util.Objects;

/**
 * The bounds of a user's free-text note and attributes, decided here once for every way in (console, REST, SIP):
 * a check answers the value to keep, or a clear error naming what is wrong.
 */
public final class PresenceDetails {

    /** The longest note, in characters. */
    public static final int MAX_NOTE = 1024;
    /** The most attributes a user has. */
    public static final int MAX_ATTRIBUTES = 32;
    /** The longest attribute name; a name is never blank. */
    public static final int MAX_ATTRIBUTE_NAME = 64;
    /** The longest attribute value. */
    public static final int MAX_ATTRIBUTE_VALUE = 1024;

    private PresenceDetails() {
    }

    /**
     * The note to keep.
     *
     * @throws IllegalArgumentException for a note longer than {@link #MAX_NOTE}
     */
    public static String checkNote(String note) {
        Objects.requireNonNull(note, "note");
        if (note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("a note is at most " + MAX_NOTE + " characters, not " + note.length());
        }
        return note;
    }

    /**
     * The attributes to keep (an unmodifiable copy).
     *
     * @throws IllegalArgumentException for too many attributes, a blank or long name, or a missing or long value
     */
    public static Map<String, String> checkAttributes(Map<String, String> attributes) {
        Objects.requireNonNull(attributes, "attributes");
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw new IllegalArgumentException("at most " + MAX_ATTRIBUTES + " attributes, not " + attributes.size());
        }
        attributes.forEach((name, value) -> {
            if (name == null || name.isBlank() || name.length() > MAX_ATTRIBUTE_NAME) {
                throw new IllegalArgumentException("an attribute name is 1 to " + MAX_ATTRIBUTE_NAME
                        + " characters, not '" + name + "'");
            }
            if (value == null || value.length() > MAX_ATTRIBUTE_VALUE) {
                throw new IllegalArgumentException("attribute " + name + " needs a value of at most "
                        + MAX_ATTRIBUTE_VALUE + " characters");
            }
        });
        return Map.copyOf(attributes);
    }
}
