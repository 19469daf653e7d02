package org.switchboard.console.model;

import org.switchboard.shared.model.Guard;

/**
 * The named conditions of the session and line tables. Each name is the fact that must hold, as a
 * receptionist would read it in the reason of a refused command.
 */
public final class ConsoleGuards {

    static final Guard<Situation> NOTHING_PENDING = Guard.of("no command is waiting for the PBX",
            s -> s.session().pending().isEmpty());

    /** A hang-up may cancel the dial of its own call. */
    static final Guard<Situation> NOTHING_ELSE_PENDING = Guard.of("no other command is waiting for the PBX",
            s -> s.session().pending().isEmpty() || s.pendingIs(ConsoleTrigger.DIAL) && s.pendingAboutThisCall());

    /** Sending a call to her phone, or dialling from it, needs it idle: a busy phone would lose the caller. */
    static final Guard<Situation> PHONE_FREE = Guard.of("her phone is free", s -> !s.session().phoneBusy());

    static final Guard<Situation> PAUSED = Guard.of("the phone is paused in its queues",
            s -> s.session().paused());

    static final Guard<Situation> NOT_PAUSED = Guard.of("the phone is not paused in its queues",
            s -> !s.session().paused());

    static final Guard<Situation> DUTY_HERE = Guard.of("the receptionists work on this site",
            s -> s.session().dutyHere());

    static final Guard<Situation> ON_A_LINE = Guard.of("the call is on a line", Situation::onLine);

    static final Guard<Situation> OFF_THE_LINES = Guard.of("the call is waiting or supervised",
            Situation::offTheLines);

    static final Guard<Situation> FOLLOWED = Guard.of("the console follows the call", s -> s.entry().isPresent());

    static final Guard<Situation> NOT_FOLLOWED = Guard.of("the console does not follow the call yet",
            s -> s.entry().isEmpty());

    static final Guard<Situation> A_LINE_FREE = Guard.of("a line is free", Situation::aLineFree);

    /** The named line, for dialling. */
    static final Guard<Situation> LINE_FREE = Guard.of("the line is free",
            s -> s.attempt().line().map(l -> s.session().onLine(l).isEmpty()).orElse(false));

    static final Guard<Situation> OTHER_LINE_FREE = Guard.of("the other line is free",
            s -> s.line().isPresent() && s.otherLine().isEmpty());

    static final Guard<Situation> OTHER_LINE_HELD = Guard.of("the other line holds a call on hold",
            s -> s.otherLine().map(state -> state == LineState.ON_HOLD).orElse(false));

    static final Guard<Situation> IN_CONVERSATION = Guard.of("the call is in conversation",
            s -> s.entryIn(LineState.CONVERSATION));

    static final Guard<Situation> ON_HOLD = Guard.of("the call is on hold", s -> s.entryIn(LineState.ON_HOLD));

    /** A call may ring on its own line (a held call retrieved) or on a free one. */
    static final Guard<Situation> CAN_RING_HERE = Guard.of("the call can ring on a line",
            s -> s.onLine() || s.aLineFree());

    static final Guard<Situation> CAMP_PENDING = Guard.of("a camp on waits for the caller's music",
            s -> s.pendingIs(ConsoleTrigger.CAMP_ON) && s.pendingAboutThisCall());

    static final Guard<Situation> DIAL_OF_THIS_CALL_FAILED = Guard.of("the failed command dialled this call",
            s -> s.pendingIs(ConsoleTrigger.DIAL) && s.pendingAboutThisCall());

    /** Logged in here with a line free: a supervised call not taken in time comes back to the receptionist. */
    static final Guard<Situation> CAN_TAKE_BACK = Guard.of("the receptionist can take the call back",
            s -> (s.session().state() == ConsoleState.IDLE || s.session().state() == ConsoleState.ON_HOLD)
                    && s.aLineFree());

    private ConsoleGuards() {
    }
}
