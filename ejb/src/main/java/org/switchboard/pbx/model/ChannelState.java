package org.switchboard.pbx.model;

/** Asterisk's channel states, in the order of their numeric codes (ChannelState header). */
public enum ChannelState {
    DOWN, RESERVED, OFF_HOOK, DIALING, RING, RINGING, UP, BUSY, DIALING_OFFHOOK, PRERING, UNKNOWN;

    /** The state for Asterisk's numeric code; anything out of range is {@link #UNKNOWN}. */
    public static ChannelState ofCode(int code) {
        ChannelState[] all = values();
        return code >= 0 && code < all.length - 1 ? all[code] : UNKNOWN;
    }
}
