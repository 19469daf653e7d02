package org.switchboard.pbx.model;

import java.util.Locale;

/** What the PBX says about one registered contact of a phone (PJSIP's contact status, chan_sip's peer status). */
public enum ContactStatus {
    CREATED, REACHABLE, UNREACHABLE, NON_QUALIFIED, REMOVED, UNKNOWN;

    /** Parses {@code Created}, {@code Reachable}, {@code Avail}, {@code NonQualified}, {@code Removed}, ... */
    public static ContactStatus ofName(String name) {
        if (name == null) {
            return UNKNOWN;
        }
        return switch (name.strip().toUpperCase(Locale.ROOT).replace("_", "").replace("-", "")) {
            case "CREATED" -> CREATED;
            case "REACHABLE", "AVAIL" -> REACHABLE;
            case "UNREACHABLE", "UNAVAIL" -> UNREACHABLE;
            case "NONQUALIFIED" -> NON_QUALIFIED;
            case "REMOVED" -> REMOVED;
            default -> UNKNOWN;
        };
    }

    /** Whether a contact in this status is a live registration. */
    public boolean registered() {
        return this != REMOVED && this != UNKNOWN;
    }
}
