package org.switchboard.phone.model;

/**
 * The calls one phone takes part in, counted by the status each of them gives it: the phone's status is the
 * busiest one with a call left ({@link PhoneStatus#and}), {@link PhoneStatus#IDLE} once none is left. Adding or
 * removing a call and reading the status take the same time however many calls the phone is on, so a phone
 * with hundreds of calls costs each event no more than a phone with one.
 *
 * <p>Each call is removed with the status it was added with (the caller remembers it). One thread only.
 */
final class PhoneOccupancy {

    private final int[] calls = new int[PhoneStatus.values().length];
    private int total;

    void add(PhoneStatus status) {
        calls[status.ordinal()]++;
        total++;
    }

    /** Forgets one call that gave the phone {@code status}; a status with no call left is ignored. */
    void remove(PhoneStatus status) {
        if (calls[status.ordinal()] > 0) {
            calls[status.ordinal()]--;
            total--;
        }
    }

    boolean isEmpty() {
        return total == 0;
    }

    PhoneStatus status() {
        PhoneStatus status = PhoneStatus.IDLE;
        for (PhoneStatus each : PhoneStatus.values()) {
            if (calls[each.ordinal()] > 0) {
                status = status.and(each);
            }
        }
        return status;
    }
}
