package org.switchboard.call.model;

/** Where a call came from and went to, seen from the company: through a trunk or between its own phones. */
public enum Direction {
    INTERNAL, INBOUND, OUTBOUND;

    public boolean external() {
        return this != INTERNAL;
    }

    /** {@code external} or {@code internal}, as the operators' views show it. */
    public String scope() {
        return external() ? "external" : "internal";
    }
}
