package org.switchboard.console.model;

import static org.switchboard.console.model.ConsoleEffect.BRIDGE_LINES;
import static org.switchboard.console.model.ConsoleEffect.HANG_UP_CALL;
import static org.switchboard.console.model.ConsoleEffect.JOIN_QUEUES;
import static org.switchboard.console.model.ConsoleEffect.LEAVE_QUEUES;
import static org.switchboard.console.model.ConsoleEffect.MUSIC_ON_HOLD;
import static org.switchboard.console.model.ConsoleEffect.ORIGINATE;
import static org.switchboard.console.model.ConsoleEffect.PARK_CALL;
import static org.switchboard.console.model.ConsoleEffect.PAUSE_IN_QUEUES;
import static org.switchboard.console.model.ConsoleEffect.RECONCILE;
import static org.switchboard.console.model.ConsoleEffect.RELEASE_CALLS;
import static org.switchboard.console.model.ConsoleEffect.RING_CAMPED_EXTENSION;
import static org.switchboard.console.model.ConsoleEffect.RING_EXTENSION;
import static org.switchboard.console.model.ConsoleEffect.RING_PHONE;
import static org.switchboard.console.model.ConsoleEffect.SEND_EVERYTHING;
import static org.switchboard.console.model.ConsoleEffect.SEND_TO_GENERAL_QUEUE;
import static org.switchboard.console.model.ConsoleEffect.START_SUPERVISION;
import static org.switchboard.console.model.ConsoleEffect.UNPAUSE_IN_QUEUES;
import static org.switchboard.console.model.ConsoleEffect.WRITE_BUG_REPORT;
import static org.switchboard.console.model.ConsoleGuards.A_LINE_FREE;
import static org.switchboard.console.model.ConsoleGuards.CAMP_PENDING;
import static org.switchboard.console.model.ConsoleGuards.CAN_RING_HERE;
import static org.switchboard.console.model.ConsoleGuards.CAN_TAKE_BACK;
import static org.switchboard.console.model.ConsoleGuards.DIAL_OF_THIS_CALL_FAILED;
import static org.switchboard.console.model.ConsoleGuards.DUTY_HERE;
import static org.switchboard.console.model.ConsoleGuards.FOLLOWED;
import static org.switchboard.console.model.ConsoleGuards.IN_CONVERSATION;
import static org.switchboard.console.model.ConsoleGuards.LINE_FREE;
import static org.switchboard.console.model.ConsoleGuards.NOTHING_ELSE_PENDING;
import static org.switchboard.console.model.ConsoleGuards.NOTHING_PENDING;
import static org.switchboard.console.model.ConsoleGuards.NOT_FOLLOWED;
import static org.switchboard.console.model.ConsoleGuards.NOT_PAUSED;
import static org.switchboard.console.model.ConsoleGuards.OFF_THE_LINES;
import static org.switchboard.console.model.ConsoleGuards.ON_A_LINE;
import static org.switchboard.console.model.ConsoleGuards.OTHER_LINE_FREE;
import static org.switchboard.console.model.ConsoleGuards.OTHER_LINE_HELD;
import static org.switchboard.console.model.ConsoleGuards.PAUSED;
import static org.switchboard.console.model.ConsoleGuards.PHONE_FREE;
import static org.switchboard.console.model.ConsoleState.CONSULTATION;
import static org.switchboard.console.model.ConsoleState.CONVERSATION;
import static org.switchboard.console.model.ConsoleState.DIR_PARK_INIT;
import static org.switchboard.console.model.ConsoleState.IDLE;
import static org.switchboard.console.model.ConsoleState.LOGGED_OUT;
import static org.switchboard.console.model.ConsoleState.NEW_INCOMING;
import static org.switchboard.console.model.ConsoleState.ON_HOLD;
import static org.switchboard.console.model.ConsoleState.OUTGOING;
import static org.switchboard.console.model.ConsoleState.PASSIVE;
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
import static org.switchboard.console.model.ConsoleTrigger.FORCE_LOG_OUT;
import static org.switchboard.console.model.ConsoleTrigger.HANG_UP;
import static org.switchboard.console.model.ConsoleTrigger.HELD;
import static org.switchboard.console.model.ConsoleTrigger.HOLD;
import static org.switchboard.console.model.ConsoleTrigger.LEFT_QUEUE;
import static org.switchboard.console.model.ConsoleTrigger.LINK_LOST;
import static org.switchboard.console.model.ConsoleTrigger.LOG_IN;
import static org.switchboard.console.model.ConsoleTrigger.LOG_OUT;
import static org.switchboard.console.model.ConsoleTrigger.NOTE;
import static org.switchboard.console.model.ConsoleTrigger.PARK;
import static org.switchboard.console.model.ConsoleTrigger.PARKED;
import static org.switchboard.console.model.ConsoleTrigger.PAUSE;
import static org.switchboard.console.model.ConsoleTrigger.QUEUED;
import static org.switchboard.console.model.ConsoleTrigger.RESET;
import static org.switchboard.console.model.ConsoleTrigger.RESYNC;
import static org.switchboard.console.model.ConsoleTrigger.RETRIEVE;
import static org.switchboard.console.model.ConsoleTrigger.RINGING;
import static org.switchboard.console.model.ConsoleTrigger.SITE_ACTIVE;
import static org.switchboard.console.model.ConsoleTrigger.SITE_PASSIVE;
import static org.switchboard.console.model.ConsoleTrigger.SUPERVISION_TIMED_OUT;
import static org.switchboard.console.model.ConsoleTrigger.TAKEN_ELSEWHERE;
import static org.switchboard.console.model.ConsoleTrigger.TAKE_BACK;
import static org.switchboard.console.model.ConsoleTrigger.TRANSFERRED;
import static org.switchboard.console.model.ConsoleTrigger.UNPAUSE;
import static org.switchboard.console.model.ConsoleTrigger.UNPAUSED;
import static org.switchboard.shared.model.Guard.all;

import java.util.EnumSet;
import java.util.Set;

import org.switchboard.shared.model.TransitionTable;

/**
 * The session machine: what the receptionist may do in each state, and where the PBX's events take her.
 * A command that acts on the PBX leaves the state as it is and waits (see {@link Confirmations}); the event
 * that confirms it moves the session. Rules about calls waiting or supervised are the same in every state and
 * are declared once for all of them, at the end; so are logging out, pausing, notes, reset and resync.
 *
 * <p>The site's console duty ({@link ConsoleDuty}): a session learns it from SITE_ACTIVE and SITE_PASSIVE in every
 * state, logged out too. A log in where the receptionists do not work opens a PASSIVE session, and losing the duty
 * releases the calls: either way the phone is paused in whatever queues of this PBX it is a member of (it stays a
 * member, so that the PBX of the site without the duty offers it no queue call, as the recovery runbook checks,
 * and nothing is added); gaining it is
 * like a log in: the phone joins its queues, paused as the receptionist asked, and the session is checked against
 * the PBX.
 */
public final class ConsoleTransitions {

    /** The states where the receptionist works on this site. */
    static final Set<ConsoleState> WORKING = EnumSet.range(IDLE, DIR_PARK_INIT);

    public static final TransitionTable<ConsoleState, ConsoleTrigger> TABLE = build();

    private ConsoleTransitions() {
    }

    private static TransitionTable<ConsoleState, ConsoleTrigger> build() {
        var table = TransitionTable.of(ConsoleState.class, ConsoleTrigger.class)
                .allow(LOGGED_OUT, LOG_IN, DUTY_HERE, IDLE, JOIN_QUEUES, RECONCILE, SEND_EVERYTHING)
                .allow(LOGGED_OUT, LOG_IN, PASSIVE, PAUSE_IN_QUEUES, SEND_EVERYTHING)
                .allow(LOGGED_OUT, SITE_ACTIVE, LOGGED_OUT)
                .allow(LOGGED_OUT, SITE_PASSIVE, LOGGED_OUT)

                .allow(IDLE, TAKE_BACK, all(NOTHING_PENDING, OFF_THE_LINES, A_LINE_FREE, PHONE_FREE), IDLE, RING_PHONE)
                .allow(IDLE, DIAL, all(NOTHING_PENDING, NOT_FOLLOWED, LINE_FREE, PHONE_FREE), OUTGOING, ORIGINATE)
                .allow(IDLE, RINGING, CAN_RING_HERE, NEW_INCOMING)

                .allow(NEW_INCOMING, RINGING, ON_A_LINE, NEW_INCOMING)
                .allow(NEW_INCOMING, ANSWERED, all(ON_A_LINE, OTHER_LINE_HELD), CONSULTATION)
                .allow(NEW_INCOMING, ANSWERED, ON_A_LINE, CONVERSATION)
                .allow(NEW_INCOMING, TAKEN_ELSEWHERE, all(ON_A_LINE, OTHER_LINE_HELD), ON_HOLD)
                .allow(NEW_INCOMING, TAKEN_ELSEWHERE, ON_A_LINE, IDLE)
                .allow(NEW_INCOMING, CALL_ENDED, all(ON_A_LINE, OTHER_LINE_HELD), ON_HOLD)
                .allow(NEW_INCOMING, CALL_ENDED, ON_A_LINE, IDLE)

                .allow(OUTGOING, ANSWERED, all(ON_A_LINE, OTHER_LINE_HELD), CONSULTATION)
                .allow(OUTGOING, ANSWERED, ON_A_LINE, CONVERSATION)
                .allow(OUTGOING, HANG_UP, all(NOTHING_ELSE_PENDING, ON_A_LINE), OUTGOING, HANG_UP_CALL)
                .allow(OUTGOING, CALL_ENDED, all(ON_A_LINE, OTHER_LINE_HELD), ON_HOLD)
                .allow(OUTGOING, CALL_ENDED, ON_A_LINE, IDLE)
                .allow(OUTGOING, COMMAND_FAILED, all(DIAL_OF_THIS_CALL_FAILED, OTHER_LINE_HELD), ON_HOLD)
                .allow(OUTGOING, COMMAND_FAILED, DIAL_OF_THIS_CALL_FAILED, IDLE)

                .allow(CONVERSATION, ANSWERED, ON_A_LINE, CONVERSATION)
                .allow(CONVERSATION, HOLD, all(NOTHING_PENDING, ON_A_LINE), CONVERSATION, MUSIC_ON_HOLD)
                .allow(CONVERSATION, HELD, all(ON_A_LINE, CAMP_PENDING), IDLE, START_SUPERVISION)
                .allow(CONVERSATION, HELD, ON_A_LINE, ON_HOLD)
                .allow(CONVERSATION, HANG_UP, all(NOTHING_PENDING, ON_A_LINE), CONVERSATION, HANG_UP_CALL)
                .allow(CONVERSATION, CALL_ENDED, ON_A_LINE, IDLE)
                .allow(CONVERSATION, TRANSFERRED, ON_A_LINE, IDLE)
                .allow(CONVERSATION, PARK, all(NOTHING_PENDING, ON_A_LINE), CONVERSATION, PARK_CALL)
                .allow(CONVERSATION, PARKED, ON_A_LINE, IDLE, START_SUPERVISION)
                .allow(CONVERSATION, DIRECTED_PARK, all(NOTHING_PENDING, ON_A_LINE), DIR_PARK_INIT, RING_EXTENSION)
                .allow(CONVERSATION, CAMP_ON, all(NOTHING_PENDING, ON_A_LINE), CONVERSATION, MUSIC_ON_HOLD)

                .allow(ON_HOLD, HELD, ON_A_LINE, ON_HOLD)
                .allow(ON_HOLD, COUPLED, all(ON_A_LINE, OTHER_LINE_HELD), ON_HOLD)
                .allow(ON_HOLD, COUPLED, ON_A_LINE, IDLE)
                .allow(ON_HOLD, RETRIEVE, all(NOTHING_PENDING, ON_A_LINE, PHONE_FREE), ON_HOLD, RING_PHONE)
                .allow(ON_HOLD, RINGING, CAN_RING_HERE, NEW_INCOMING)
                .allow(ON_HOLD, TAKE_BACK, all(NOTHING_PENDING, OFF_THE_LINES, A_LINE_FREE, PHONE_FREE), ON_HOLD, RING_PHONE)
                .allow(ON_HOLD, DIAL, all(NOTHING_PENDING, NOT_FOLLOWED, LINE_FREE, PHONE_FREE), OUTGOING, ORIGINATE)
                .allow(ON_HOLD, HANG_UP, all(NOTHING_PENDING, ON_A_LINE), ON_HOLD, HANG_UP_CALL)
                .allow(ON_HOLD, CALL_ENDED, all(ON_A_LINE, OTHER_LINE_HELD), ON_HOLD)
                .allow(ON_HOLD, CALL_ENDED, ON_A_LINE, IDLE)
                .allow(ON_HOLD, PARK, all(NOTHING_PENDING, ON_A_LINE), ON_HOLD, PARK_CALL)
                .allow(ON_HOLD, PARKED, all(ON_A_LINE, OTHER_LINE_HELD), ON_HOLD, START_SUPERVISION)
                .allow(ON_HOLD, PARKED, ON_A_LINE, IDLE, START_SUPERVISION)
                .allow(ON_HOLD, DIRECTED_PARK, all(NOTHING_PENDING, ON_A_LINE, OTHER_LINE_FREE), DIR_PARK_INIT,
                        RING_EXTENSION)
                .allow(ON_HOLD, CAMP_ON, all(NOTHING_PENDING, ON_A_LINE, OTHER_LINE_HELD), ON_HOLD, START_SUPERVISION)
                .allow(ON_HOLD, CAMP_ON, all(NOTHING_PENDING, ON_A_LINE), IDLE, START_SUPERVISION)

                .allow(CONSULTATION, ANSWERED, ON_A_LINE, CONSULTATION)
                .allow(CONSULTATION, COUPLE, NOTHING_PENDING, CONSULTATION, BRIDGE_LINES)
                .allow(CONSULTATION, COUPLED, ON_A_LINE, CONVERSATION)
                .allow(CONSULTATION, HOLD, all(NOTHING_PENDING, ON_A_LINE, IN_CONVERSATION), CONSULTATION,
                        MUSIC_ON_HOLD)
                .allow(CONSULTATION, HELD, all(ON_A_LINE, IN_CONVERSATION), ON_HOLD)
                .allow(CONSULTATION, HELD, ON_A_LINE, CONSULTATION)
                .allow(CONSULTATION, HANG_UP, all(NOTHING_PENDING, ON_A_LINE), CONSULTATION, HANG_UP_CALL)
                .allow(CONSULTATION, CALL_ENDED, all(ON_A_LINE, IN_CONVERSATION), ON_HOLD)
                .allow(CONSULTATION, CALL_ENDED, ON_A_LINE, CONVERSATION)
                .allow(CONSULTATION, TRANSFERRED, all(ON_A_LINE, IN_CONVERSATION), ON_HOLD)
                .allow(CONSULTATION, PARK, all(NOTHING_PENDING, ON_A_LINE), CONSULTATION, PARK_CALL)
                .allow(CONSULTATION, PARKED, all(ON_A_LINE, IN_CONVERSATION), ON_HOLD, START_SUPERVISION)
                .allow(CONSULTATION, PARKED, ON_A_LINE, CONVERSATION, START_SUPERVISION)
                .allow(CONSULTATION, CAMP_ON, all(NOTHING_PENDING, ON_A_LINE, ConsoleGuards.ON_HOLD), CONVERSATION,
                        START_SUPERVISION)

                .allow(DIR_PARK_INIT, DIR_PARKED, ON_A_LINE, IDLE, START_SUPERVISION)
                .allow(DIR_PARK_INIT, CALL_ENDED, ON_A_LINE, IDLE)
                .allow(DIR_PARK_INIT, COMMAND_FAILED, IN_CONVERSATION, CONVERSATION)
                .allow(DIR_PARK_INIT, COMMAND_FAILED, ConsoleGuards.ON_HOLD, ON_HOLD)

                .allow(PASSIVE, SITE_ACTIVE, IDLE, JOIN_QUEUES, RECONCILE, SEND_EVERYTHING)
                .allow(PASSIVE, SITE_PASSIVE, PASSIVE)
                .allow(PASSIVE, RESYNC, PASSIVE, SEND_EVERYTHING)
                .allow(PASSIVE, BUG_REPORT, PASSIVE, WRITE_BUG_REPORT);

        for (ConsoleState state : WORKING) {
            table.allow(state, PAUSE, all(NOTHING_PENDING, NOT_PAUSED), state, PAUSE_IN_QUEUES)
                    .allow(state, UNPAUSE, all(NOTHING_PENDING, PAUSED), state, UNPAUSE_IN_QUEUES)
                    .allow(state, NOTE, FOLLOWED, state)
                    .allow(state, BUG_REPORT, state, WRITE_BUG_REPORT)
                    .allow(state, RESET, state, RECONCILE, SEND_EVERYTHING)
                    .allow(state, RESYNC, state, SEND_EVERYTHING)
                    .allow(state, SITE_PASSIVE, PASSIVE, PAUSE_IN_QUEUES, RELEASE_CALLS)
                    .allow(state, SITE_ACTIVE, state)
                    .allow(state, QUEUED, state)
                    .allow(state, LEFT_QUEUE, OFF_THE_LINES, state);
            if (state != DIR_PARK_INIT && state != OUTGOING) {
                table.allow(state, COMMAND_FAILED, state);
            }
        }
        for (ConsoleState state : EnumSet.complementOf(EnumSet.of(LOGGED_OUT))) {
            table.allow(state, LOG_OUT, LOGGED_OUT, LEAVE_QUEUES, RELEASE_CALLS)
                    .allow(state, FORCE_LOG_OUT, LOGGED_OUT, LEAVE_QUEUES, RELEASE_CALLS)
                    .allow(state, LINK_LOST, LOGGED_OUT, PAUSE_IN_QUEUES, RELEASE_CALLS);
        }
        for (ConsoleState state : ConsoleState.values()) {
            table.allow(state, ConsoleTrigger.PHONE_BUSY, state)
                    .allow(state, ConsoleTrigger.PHONE_FREE, state)
                    .allow(state, ConsoleTrigger.PAUSED, state)
                    .allow(state, UNPAUSED, state)
                    .allow(state, TAKEN_ELSEWHERE, OFF_THE_LINES, state)
                    .allow(state, CALL_ENDED, OFF_THE_LINES, state)
                    .allow(state, ANSWERED, OFF_THE_LINES, state)
                    .allow(state, DIR_PARKED, OFF_THE_LINES, state)
                    .allow(state, CAMP_FREE, OFF_THE_LINES, state, RING_CAMPED_EXTENSION)
                    .allow(state, SUPERVISION_TIMED_OUT, all(OFF_THE_LINES, CAN_TAKE_BACK), state, RING_PHONE)
                    .allow(state, SUPERVISION_TIMED_OUT, OFF_THE_LINES, state, SEND_TO_GENERAL_QUEUE);
        }
        return table.build();
    }
}
