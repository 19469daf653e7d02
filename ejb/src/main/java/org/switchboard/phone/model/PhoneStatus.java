package org.switchboard.phone.model;

/**
 * What the receptionist needs to know before sending a call to a phone, from the calls it takes part in,
 * as a busy lamp field shows it: free, ringing, or busy, each call marked internal or external (as the
 * source document's phone lists say: {@code Idle}, {@code Ring(Internal)}, {@code Busy(External)}). A phone
 * is ringing while it is being offered a call and takes part in no other; a phone both talking and ringing
 * is busy. A phone on several calls of one kind is external if any of them is external.
 */
public enum PhoneStatus {
    IDLE, RINGING_INTERNAL, RINGING_EXTERNAL, BUSY_INTERNAL, BUSY_EXTERNAL;

    /** The phone on the call: ringing or busy, internal or external. */
    static PhoneStatus of(boolean ringing, boolean external) {
        if (ringing) {
            return external ? RINGING_EXTERNAL : RINGING_INTERNAL;
        }
        return external ? BUSY_EXTERNAL : BUSY_INTERNAL;
    }

    /** The status of a phone in both situations: busy over ringing, then external over internal. */
    PhoneStatus and(PhoneStatus other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** Whether the phone is being offered a call and is on no other. */
    public boolean ringing() {
        return this == RINGING_INTERNAL || this == RINGING_EXTERNAL;
    }

    /** Whether the phone takes part in a call, ringing or not: it should not be offered another one. */
    public boolean occupied() {
        return this != IDLE;
    }
}
