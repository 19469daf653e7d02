package org.switchboard.console.model;

/**
 * What can move a session and its lines: the client's commands (named as in the console protocol), what the
 * PBX did to the calls the session follows, and what happens to the client and the site. Commands and events
 * go through the same two tables.
 */
public enum ConsoleTrigger {
    LOG_IN(Kind.COMMAND),
    LOG_OUT(Kind.COMMAND),
    PAUSE(Kind.COMMAND),
    UNPAUSE(Kind.COMMAND),
    TAKE_BACK(Kind.COMMAND),
    HANG_UP(Kind.COMMAND),
    HOLD(Kind.COMMAND),
    RETRIEVE(Kind.COMMAND),
    DIAL(Kind.COMMAND),
    COUPLE(Kind.COMMAND),
    PARK(Kind.COMMAND),
    DIRECTED_PARK(Kind.COMMAND),
    CAMP_ON(Kind.COMMAND),
    RESET(Kind.COMMAND),
    NOTE(Kind.COMMAND),
    BUG_REPORT(Kind.COMMAND),
    RESYNC(Kind.COMMAND),

    /** A call started waiting in one of the receptionist's queues. */
    QUEUED(Kind.PBX_EVENT),
    /** A waiting call left the queue (another desk took it, or it went elsewhere). */
    LEFT_QUEUE(Kind.PBX_EVENT),
    /** The call rings the receptionist's phone. */
    RINGING(Kind.PBX_EVENT),
    /** The call was answered: on the receptionist's phone, by the number dialled, or by a directed-park target. */
    ANSWERED(Kind.PBX_EVENT),
    /** Someone else answered or picked up the call the receptionist was offered or supervised. */
    TAKEN_ELSEWHERE(Kind.PBX_EVENT),
    /** The caller hears music on hold. */
    HELD(Kind.PBX_EVENT),
    /** The call is over (the other party hung up, abandoned, busy, not answered). */
    CALL_ENDED(Kind.PBX_EVENT),
    /** The call is in a parking space. */
    PARKED(Kind.PBX_EVENT),
    /** The directed-park target rings for the call. */
    DIR_PARKED(Kind.PBX_EVENT),
    /** The held call was joined with the other line's party. */
    COUPLED(Kind.PBX_EVENT),
    /** The receptionist's phone transferred the call by itself. */
    TRANSFERRED(Kind.PBX_EVENT),
    /** The extension a call camps on became idle. */
    CAMP_FREE(Kind.PBX_EVENT),
    /** A parked, directed-parked or camping call was not taken in time. */
    SUPERVISION_TIMED_OUT(Kind.PBX_EVENT),
    /** The receptionist's phone was paused in its queues. */
    PAUSED(Kind.PBX_EVENT),
    /** The receptionist's phone was unpaused in its queues. */
    UNPAUSED(Kind.PBX_EVENT),
    /** The receptionist's phone is on a call or ringing (whoever put it there). */
    PHONE_BUSY(Kind.PBX_EVENT),
    /** The receptionist's phone is idle again. */
    PHONE_FREE(Kind.PBX_EVENT),
    /** The PBX refused the pending command, did not answer in time, or the link was down. */
    COMMAND_FAILED(Kind.PBX_EVENT),

    /** The client stopped answering, or its connection closed. */
    LINK_LOST(Kind.SYSTEM),
    /** An operator logged the session out. */
    FORCE_LOG_OUT(Kind.SYSTEM),
    /** The receptionist now works on the other site. */
    SITE_PASSIVE(Kind.SYSTEM),
    /** This site is the receptionist's again. */
    SITE_ACTIVE(Kind.SYSTEM);

    /** Who fires a trigger. */
    public enum Kind { COMMAND, PBX_EVENT, SYSTEM }

    private final Kind kind;

    ConsoleTrigger(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isCommand() {
        return kind == Kind.COMMAND;
    }
}
