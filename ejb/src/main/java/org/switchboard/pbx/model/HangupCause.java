package org.switchboard.pbx.model;

/**
 * Why a channel went away, as ISDN cause code and Asterisk's text for it (16 Normal Clearing,
 * 17 User busy, 19 No answer, 21 Call Rejected, 34 Circuit/channel congestion, ...).
 */
public record HangupCause(int code, String text) {

    public static final int NORMAL_CLEARING = 16;

    public HangupCause {
        text = text == null ? "" : text.strip();
    }
}
