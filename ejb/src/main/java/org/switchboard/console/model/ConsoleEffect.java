package org.switchboard.console.model;

import java.util.EnumSet;
import java.util.Set;

import org.switchboard.shared.model.Effect;

/**
 * What a step of the session asks the console service to do once the step is taken. Each is about the session
 * and the step's call entry; the service finds the channels and the numbers in the PBX model and the settings.
 */
public enum ConsoleEffect implements Effect {
    /** Add the receptionist's phone to its personal and general queues (paused or not, as asked). */
    JOIN_QUEUES,
    /** Remove the phone from the queues. */
    LEAVE_QUEUES,
    /** Pause the phone in its queues. */
    PAUSE_IN_QUEUES,
    /** Unpause the phone in its queues. */
    UNPAUSE_IN_QUEUES,
    /** Send the entry's caller to the receptionist's phone (take back, retrieve, ring back). */
    RING_PHONE,
    /** Send the entry's caller to music on hold. */
    MUSIC_ON_HOLD,
    /** Have the receptionist's phone dial the number on the line. */
    ORIGINATE,
    /** Hang up the line's other party. */
    HANG_UP_CALL,
    /** Join the held caller with the party of the other line. */
    BRIDGE_LINES,
    /** Put the entry's caller in a parking space, supervised. */
    PARK_CALL,
    /** Send the entry's caller to ring the directed-park extension. */
    RING_EXTENSION,
    /** Send the camping caller to ring the extension that became idle. */
    RING_CAMPED_EXTENSION,
    /** Send the supervised caller whose receptionist cannot take it back to the general queue. */
    SEND_TO_GENERAL_QUEUE,
    /** Start the deadline of the entry's supervision (park, directed park, camp on). */
    START_SUPERVISION,
    /** Write the bug report: both lines with their history, to the log and the store. */
    WRITE_BUG_REPORT,
    /** Push the whole state and every phone again (resync). */
    SEND_EVERYTHING,
    /** Check every followed call against the PBX model; drop those that are gone. */
    RECONCILE,
    /** Give back the session's claim on every call (log out). */
    RELEASE_CALLS;

    private static final Set<ConsoleEffect> ON_THE_PBX = EnumSet.of(JOIN_QUEUES, LEAVE_QUEUES,
            PAUSE_IN_QUEUES, UNPAUSE_IN_QUEUES, RING_PHONE, MUSIC_ON_HOLD, ORIGINATE, HANG_UP_CALL, BRIDGE_LINES,
            PARK_CALL, RING_EXTENSION, RING_CAMPED_EXTENSION, SEND_TO_GENERAL_QUEUE);

    /** Whether the effect is an action on the PBX (whose answer the service waits for). */
    public boolean actsOnPbx() {
        return ON_THE_PBX.contains(this);
    }
}
