package org.switchboard.console.model;

/**
 * What the receptionist is doing, as the session machine sees it. The two lines decide most of it: a state
 * names the line that matters (ringing, dialling, talking, held) and whether the other line holds a call.
 */
public enum ConsoleState {
    /** No client is logged in; calls under supervision are still followed. */
    LOGGED_OUT,
    /** Logged in, both lines free. */
    IDLE,
    /** A call rings the receptionist's phone on a line; the other line is free or holds a call on hold. */
    NEW_INCOMING,
    /** The receptionist's phone dials out on a line; the other line is free or on hold. */
    OUTGOING,
    /** Talking on one line, the other free. */
    CONVERSATION,
    /** The line's call is on hold (music); the other line is free or on hold too. */
    ON_HOLD,
    /** Talking on one line while the other holds a call: the two can be coupled. */
    CONSULTATION,
    /** A directed park was asked for; waiting for the PBX to ring the chosen extension. */
    DIR_PARK_INIT,
    /** Logged in on this site, but the receptionist works on the other site of the pair. */
    PASSIVE;

    /** Whether a client is logged in (on this site or, when passive, the other). */
    public boolean loggedIn() {
        return this != LOGGED_OUT;
    }
}
