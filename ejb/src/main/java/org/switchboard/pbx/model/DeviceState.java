package org.switchboard.pbx.model;

import java.util.Locale;

/**
 * Asterisk's device states, in the order of their numeric codes. Queue members report the same codes
 * (QueueMember Status header) that DeviceStateChange spells out by name.
 */
public enum DeviceState {
    UNKNOWN, NOT_INUSE, INUSE, BUSY, INVALID, UNAVAILABLE, RINGING, RINGINUSE, ONHOLD;

    public static DeviceState ofCode(int code) {
        DeviceState[] all = values();
        return code >= 0 && code < all.length ? all[code] : UNKNOWN;
    }

    /** Parses {@code NOT_INUSE}, {@code Not in use}, {@code INUSE}, ...; anything else is {@link #UNKNOWN}. */
    public static DeviceState ofName(String name) {
        if (name == null) {
            return UNKNOWN;
        }
        String key = name.strip().toUpperCase(Locale.ROOT).replace("NOT IN USE", "NOT_INUSE")
                .replace("IN USE", "INUSE").replace("RING+INUSE", "RINGINUSE").replace("ON HOLD", "ONHOLD")
                .replace(' ', '_');
        for (DeviceState state : values()) {
            if (state.name().equals(key)) {
                return state;
            }
        }
        return UNKNOWN;
    }
}
