package org.switchboard.pbx.model;

/**
 * A number and a name as the PBX shows them for one side of a call. Asterisk's {@code <unknown>} and
 * empty values both become the empty string, so "unknown" has one spelling.
 */
public record CallerId(String number, String name) {

    public static final CallerId UNKNOWN = new CallerId("", "");

    public CallerId {
        number = clean(number);
        name = clean(name);
    }

    /** {@code Name <number>}, or the number alone when there is no name. */
    public String display() {
        return name.isEmpty() ? number : name + " <" + number + ">";
    }

    public boolean isKnown() {
        return !number.isEmpty() || !name.isEmpty();
    }

    private static String clean(String value) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        return "<unknown>".equalsIgnoreCase(stripped) ? "" : stripped;
    }
}
