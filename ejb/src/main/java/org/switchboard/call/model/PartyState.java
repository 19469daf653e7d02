package org.switchboard.call.model;

/**
 * Where one party (one channel) of a call stands, in CSTA's terms. The legal moves between these states
 * are all in {@link PartyTransitions}.
 */
public enum PartyState {
    /**
     * The channel exists but has no role in the call yet: an outgoing leg not dialled so far, or an
     * internal probe (ChanIsAvail) that will hang up without ever getting one. A channel that goes from
     * here to {@link #CLEARED} without another state in between is never shown as a party.
     */
    NULL,
    /** The calling party, in the dialplan: it has not reached anyone yet. */
    INITIATED,
    /** This party is being rung. */
    ALERTING,
    /** The calling party, while the party it called is being rung. */
    DELIVERED,
    /** Answered and connected (bridged to another party, or to a PBX application). */
    ESTABLISHED,
    /** This party put the call on hold. */
    HELD,
    /** Waiting in a call queue. */
    QUEUED,
    /** Waiting in a parking space. */
    PARKED,
    /** The channel hung up. Final. */
    CLEARED,
    /** Reaching this party failed (busy, congestion, no answer, ringing cancelled); its hang-up follows. */
    FAILED;

    /** Whether the party still occupies its device: it is not gone, failed or role-less. */
    public boolean occupiesDevice() {
        return this != NULL && this != CLEARED && this != FAILED;
    }
}
