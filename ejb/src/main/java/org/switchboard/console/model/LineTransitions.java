package org.switchboard.console.model;

import static org.switchboard.console.model.ConsoleGuards.CAMP_PENDING;
import static org.switchboard.console.model.ConsoleGuards.CAN_TAKE_BACK;
import static org.switchboard.console.model.ConsoleGuards.DIAL_OF_THIS_CALL_FAILED;
import static org.switchboard.console.model.ConsoleTrigger.ANSWERED;
import static org.switchboard.console.model.ConsoleTrigger.BUG_REPORT;
import static org.switchboard.console.model.ConsoleTrigger.CALL_ENDED;
import static org.switchboard.console.model.ConsoleTrigger.CAMP_FREE;
import static org.switchboard.console.model.ConsoleTrigger.CAMP_ON;
import static org.switchboard.console.model.ConsoleTrigger.COMMAND_FAILED;
import static org.switchboard.console.model.ConsoleTrigger.COUPLE;
import static org.switchboard.console.model.ConsoleTrigger.COUPLED;
import static org.switchboard.console.model.ConsoleTrigger.DIAL;
import static org.switchboard.console.model.ConsoleTrigger.DIRECTED_PARK;
import static org.switchboard.console.model.ConsoleTrigger.DIR_PARKED;
import static org.switchboard.console.model.ConsoleTrigger.HANG_UP;
import static org.switchboard.console.model.ConsoleTrigger.HELD;
import static org.switchboard.console.model.ConsoleTrigger.HOLD;
import static org.switchboard.console.model.ConsoleTrigger.LEFT_QUEUE;
import static org.switchboard.console.model.ConsoleTrigger.NOTE;
import static org.switchboard.console.model.ConsoleTrigger.PARK;
import static org.switchboard.console.model.ConsoleTrigger.PARKED;
import static org.switchboard.console.model.ConsoleTrigger.QUEUED;
import static org.switchboard.console.model.ConsoleTrigger.RETRIEVE;
import static org.switchboard.console.model.ConsoleTrigger.RINGING;
import static org.switchboard.console.model.ConsoleTrigger.SUPERVISION_TIMED_OUT;
import static org.switchboard.console.model.ConsoleTrigger.TAKEN_ELSEWHERE;
import static org.switchboard.console.model.ConsoleTrigger.TAKE_BACK;
import static org.switchboard.console.model.ConsoleTrigger.TRANSFERRED;
import static org.switchboard.console.model.LineState.CAMPING;
import static org.switchboard.console.model.LineState.CONVERSATION;
import static org.switchboard.console.model.LineState.GONE;
import static org.switchboard.console.model.LineState.IN_RING;
import static org.switchboard.console.model.LineState.NEW;
import static org.switchboard.console.model.LineState.ON_HOLD;
import static org.switchboard.console.model.LineState.OUT_RING;

import java.util.EnumSet;
import java.util.Set;

import org.switchboard.shared.model.TransitionTable;

/**
 * The line machine: the life of one call the receptionist follows, from the moment it waits in one of her
 * queues, rings her phone or is dialled, to the moment it leaves her (ended, answered elsewhere, coupled,
 * sent to the general queue). Commands do not move a call by themselves (they wait for the PBX), except a
 * camp on of a call already on hold; the events the PBX sends move it. The session table decides whether a
 * command may be given at all; this table whether the call can take it.
 */
public final class LineTransitions {

    /** States that accept a note and a bug report: every state of a followed call. */
    private static final Set<LineState> FOLLOWED = EnumSet.complementOf(EnumSet.of(NEW, GONE));

    public static final TransitionTable<LineState, ConsoleTrigger> TABLE = build();

    private LineTransitions() {
    }

    private static TransitionTable<LineState, ConsoleTrigger> build() {
        var table = TransitionTable.of(LineState.class, ConsoleTrigger.class)
                .allow(NEW, QUEUED, LineState.QUEUED)
                .allow(NEW, RINGING, IN_RING)
                .allow(NEW, DIAL, OUT_RING)

                .allow(LineState.QUEUED, QUEUED, LineState.QUEUED)
                .allow(LineState.QUEUED, TAKE_BACK, LineState.QUEUED)
                .allow(LineState.QUEUED, RINGING, IN_RING)
                .allow(LineState.QUEUED, LEFT_QUEUE, GONE)
                .allow(LineState.QUEUED, TAKEN_ELSEWHERE, GONE)
                .allow(LineState.QUEUED, CALL_ENDED, GONE)
                .allow(LineState.QUEUED, COMMAND_FAILED, LineState.QUEUED)

                .allow(IN_RING, RINGING, IN_RING)
                .allow(IN_RING, ANSWERED, CONVERSATION)
                .allow(IN_RING, TAKEN_ELSEWHERE, GONE)
                .allow(IN_RING, CALL_ENDED, GONE)
                .allow(IN_RING, COMMAND_FAILED, IN_RING)

                .allow(OUT_RING, ANSWERED, CONVERSATION)
                .allow(OUT_RING, HANG_UP, OUT_RING)
                .allow(OUT_RING, CALL_ENDED, GONE)
                .allow(OUT_RING, COMMAND_FAILED, DIAL_OF_THIS_CALL_FAILED, GONE)
                .allow(OUT_RING, COMMAND_FAILED, OUT_RING)

                .allow(CONVERSATION, ANSWERED, CONVERSATION)
                .allow(CONVERSATION, HOLD, CONVERSATION)
                .allow(CONVERSATION, HELD, CAMP_PENDING, CAMPING)
                .allow(CONVERSATION, HELD, ON_HOLD)
                .allow(CONVERSATION, HANG_UP, CONVERSATION)
                .allow(CONVERSATION, CALL_ENDED, GONE)
                .allow(CONVERSATION, TRANSFERRED, GONE)
                .allow(CONVERSATION, PARK, CONVERSATION)
                .allow(CONVERSATION, PARKED, LineState.PARKED)
                .allow(CONVERSATION, DIRECTED_PARK, CONVERSATION)
                .allow(CONVERSATION, DIR_PARKED, LineState.DIR_PARKED)
                .allow(CONVERSATION, CAMP_ON, CONVERSATION)
                .allow(CONVERSATION, COMMAND_FAILED, CONVERSATION)

                .allow(ON_HOLD, HELD, ON_HOLD)
                .allow(ON_HOLD, RETRIEVE, ON_HOLD)
                .allow(ON_HOLD, RINGING, IN_RING)
                .allow(ON_HOLD, HANG_UP, ON_HOLD)
                .allow(ON_HOLD, CALL_ENDED, GONE)
                .allow(ON_HOLD, PARK, ON_HOLD)
                .allow(ON_HOLD, PARKED, LineState.PARKED)
                .allow(ON_HOLD, DIRECTED_PARK, ON_HOLD)
                .allow(ON_HOLD, DIR_PARKED, LineState.DIR_PARKED)
                .allow(ON_HOLD, CAMP_ON, CAMPING)
                .allow(ON_HOLD, COUPLE, ON_HOLD)
                .allow(ON_HOLD, COUPLED, GONE)
                .allow(ON_HOLD, COMMAND_FAILED, ON_HOLD)

                .allow(LineState.DIR_PARKED, DIR_PARKED, LineState.DIR_PARKED)
                .allow(CAMPING, CAMP_FREE, CAMPING);

        for (LineState supervised : EnumSet.of(LineState.PARKED, LineState.DIR_PARKED, CAMPING)) {
            table.allow(supervised, TAKE_BACK, supervised)
                    .allow(supervised, RINGING, IN_RING)
                    .allow(supervised, ANSWERED, GONE)
                    .allow(supervised, TAKEN_ELSEWHERE, GONE)
                    .allow(supervised, CALL_ENDED, GONE)
                    .allow(supervised, SUPERVISION_TIMED_OUT, CAN_TAKE_BACK, supervised)
                    .allow(supervised, SUPERVISION_TIMED_OUT, GONE)
                    .allow(supervised, COMMAND_FAILED, supervised);
        }
        for (LineState followed : FOLLOWED) {
            table.allow(followed, NOTE, followed).allow(followed, BUG_REPORT, followed);
        }
        return table.build();
    }
}
