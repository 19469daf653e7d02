package org.switchboard.sip;

/**
 * Turns a reason (an unavailability reason, a rejection) into a SIP reason phrase: one line of printable
 * text, so that no reason can break the status line or inject a header.
 */
public final class ReasonPhrase {

    static final int MAX_LENGTH = 200;

    private ReasonPhrase() {
    }

    /** The reason as a reason phrase, or {@code fallback} when nothing printable is left. */
    public static String of(String reason, String fallback) {
        if (reason == null) {
            return fallback;
        }
        StringBuilder phrase = new StringBuilder(Math.min(reason.length(), MAX_LENGTH));
        boolean space = false;
        for (int i = 0; i < reason.length() && phrase.length() < MAX_LENGTH; i++) {
            char c = reason.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = phrase.length() > 0;
            } else {
                if (space) {
                    phrase.append(' ');
                    space = false;
                }
                phrase.append(c);
            }
        }
        return phrase.length() == 0 ? fallback : phrase.toString();
    }
}
