package org.switchboard.phone.model;

/**
 * What the receptionist needs to know before sending a call to a phone, from the calls it takes part in:
 * free, on an internal call, or on an external one. A phone that rings counts as busy, with the kind of
 * the call that rings it: it is being offered a call and should not get another one. A phone on several
 * calls is busy external if any of them is external.
 */
public enum PhoneStatus {
    IDLE, BUSY_INTERNAL, BUSY_EXTERNAL;

    /** The busier of the two. */
    PhoneStatus and(PhoneStatus other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
