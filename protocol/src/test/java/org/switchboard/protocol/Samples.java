package org.switchboard.protocol;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.switchboard.protocol.ConsoleCommand.BugReport;
import org.switchboard.protocol.ConsoleCommand.CampOn;
import org.switchboard.protocol.ConsoleCommand.Couple;
import org.switchboard.protocol.ConsoleCommand.Dial;
import org.switchboard.protocol.ConsoleCommand.DirectedPark;
import org.switchboard.protocol.ConsoleCommand.HangUp;
import org.switchboard.protocol.ConsoleCommand.Hold;
import org.switchboard.protocol.ConsoleCommand.LogIn;
import org.switchboard.protocol.ConsoleCommand.LogOut;
import org.switchboard.protocol.ConsoleCommand.Note;
import org.switchboard.protocol.ConsoleCommand.Park;
import org.switchboard.protocol.ConsoleCommand.Pause;
import org.switchboard.protocol.ConsoleCommand.Reset;
import org.switchboard.protocol.ConsoleCommand.Resync;
import org.switchboard.protocol.ConsoleCommand.Retrieve;
import org.switchboard.protocol.ConsoleCommand.TakeBack;
import org.switchboard.protocol.ConsoleCommand.Unpause;
import org.switchboard.protocol.PhonesUpdate.PhoneStatus;
import org.switchboard.protocol.PhonesUpdate.PhoneView;
import org.switchboard.protocol.StateUpdate.CallEntry;
import org.switchboard.protocol.StateUpdate.CommandError;
import org.switchboard.protocol.StateUpdate.ErrorCode;
import org.switchboard.protocol.StateUpdate.HistoryEntry;
import org.switchboard.protocol.StateUpdate.HistoryKind;
import org.switchboard.protocol.StateUpdate.LineView;
import org.switchboard.protocol.StateUpdate.LoggedOut;
import org.switchboard.protocol.StateUpdate.Owner;
import org.switchboard.protocol.StateUpdate.Pending;
import org.switchboard.protocol.StateUpdate.Receptionist;

/** The messages the tests and the golden bodies show: a receptionist's busy morning at the demo PBX's desk 201. */
final class Samples {

    static final String SESSION = "8c1f2a7e-5b3d-4e0a-9f61-2d7c4b9e0a13";
    static final Instant T0 = Instant.parse("2026-11-26T10:15:30.123Z");
    static final Receptionist ANNA = new Receptionist("anna", "Anna Reception");
    static final Owner ANNA_OWNS = new Owner(SESSION, "Anna Reception");

    private Samples() {
    }

    /** One command of each kind, with its optional fields filled where it has any. */
    static List<ConsoleCommand> everyCommand() {
        return List.of(
                new LogIn(1, true, Optional.of("switchboard-console/1.0")),
                new LogOut(17),
                new Pause(2, Optional.of("lunch")),
                new Unpause(3),
                new TakeBack(4, "1764151234.88"),
                new HangUp(5, LineNo.TWO),
                new Hold(6, LineNo.ONE),
                new Retrieve(7, LineNo.ONE),
                new Dial(8, LineNo.TWO, "204"),
                new Couple(9),
                new Park(10, LineNo.ONE, Optional.of("Mr Dupont for accounting, call back after 11")),
                new DirectedPark(11, LineNo.ONE, "204", Optional.of("Urgent: the bank")),
                new CampOn(12, LineNo.ONE, "202"),
                new Reset(13),
                new Note(14, "1764151234.88", "Wants the invoice of October"),
                new BugReport(15, "The transfer did not go through", Optional.of("1764151234.88")),
                new Resync(16),
                new ConsoleCommand.SetPresence(18, PresenceUpdate.Status.AWAY, Optional.of("Back at 2 pm")));
    }

    /**
     * Consultation: line 1 holds an outside caller taken back from the general queue, line 2 rings a colleague
     * (the dial still pending); one call waits in the personal queue, one is parked for a colleague.
     */
    static StateUpdate busyTwoLines() {
        CallEntry caller = new CallEntry("1764151234.88", "+3225550101", "External Caller", "GeneralQueue",
                Optional.of(ANNA_OWNS), "ON_HOLD", Optional.of("GeneralQueue"), Optional.empty(),
                T0.minusSeconds(6), Optional.empty(), Optional.of("Wants the invoice of October"), List.of(
                        new HistoryEntry(T0.minusSeconds(6), "ON_HOLD", "HOLD", HistoryKind.LINE,
                                Optional.of(LineNo.ONE), Optional.empty()),
                        new HistoryEntry(T0.minusSeconds(40), "CONVERSATION", "ANSWERED", HistoryKind.LINE,
                                Optional.of(LineNo.ONE), Optional.empty()),
                        new HistoryEntry(T0.minusSeconds(44), "IN_RING", "TAKE_BACK", HistoryKind.LINE,
                                Optional.of(LineNo.ONE), Optional.empty()),
                        new HistoryEntry(T0.minusSeconds(65), "QUEUED", "QUEUED", HistoryKind.QUEUE,
                                Optional.empty(), Optional.of("GeneralQueue"))),
                0);
        CallEntry colleague = new CallEntry("1764151270.95", "204", "Bob Accounting", "", Optional.of(ANNA_OWNS),
                "OUT_RING", Optional.empty(), Optional.of("204"), T0.minusSeconds(4), Optional.empty(),
                Optional.empty(), List.of(new HistoryEntry(T0.minusSeconds(4), "OUT_RING", "DIAL", HistoryKind.LINE,
                        Optional.of(LineNo.TWO), Optional.of("204"))),
                0);
        CallEntry waiting = new CallEntry("1764151262.91", "+3226480000", "", "PersonalQueue201", Optional.empty(),
                "QUEUED", Optional.of("PersonalQueue201"), Optional.empty(), T0.minusSeconds(12), Optional.empty(),
                Optional.empty(), List.of(new HistoryEntry(T0.minusSeconds(12), "QUEUED", "QUEUED", HistoryKind.QUEUE,
                        Optional.empty(), Optional.of("PersonalQueue201"))),
                0);
        CallEntry parked = new CallEntry("1764151101.60", "+3227770011", "Mr Dupont", "GeneralQueue",
                Optional.of(ANNA_OWNS), "DIR_PARKED", Optional.empty(), Optional.of("205"), T0.minusSeconds(90),
                Optional.of(T0.plusSeconds(30)), Optional.of("For Carol, about the contract"), List.of(
                        new HistoryEntry(T0.minusSeconds(90), "DIR_PARKED", "DIRECTED_PARK", HistoryKind.SUPERVISION,
                                Optional.empty(), Optional.of("205")),
                        new HistoryEntry(T0.minusSeconds(120), "CONVERSATION", "ANSWERED", HistoryKind.LINE,
                                Optional.of(LineNo.ONE), Optional.empty())),
                3);
        return new StateUpdate(SESSION, 14, T0, "CONSULTATION", ANNA, false,
                List.of(CommandName.HANG_UP, CommandName.HOLD, CommandName.COUPLE, CommandName.PARK,
                        CommandName.NOTE, CommandName.BUG_REPORT, CommandName.PAUSE, CommandName.RESET,
                        CommandName.RESYNC),
                Optional.of(new Pending(CommandName.DIAL, 8)),
                List.of(new LineView(LineNo.ONE, Optional.of(caller)), new LineView(LineNo.TWO, Optional.of(colleague))),
                List.of(waiting), 0, List.of(parked), 0, Optional.empty(), Optional.empty(), Optional.of("site-a"));
    }

    /** A hold the PBX refused: the error names the command and the client's number for it. */
    static StateUpdate refusedHold() {
        CallEntry held = busyTwoLines().line(LineNo.ONE).call().orElseThrow();
        CallEntry talking = new CallEntry(held.callId(), held.number(), held.name(), held.disposition(), held.owner(),
                "CONVERSATION", held.queue(), held.extension(), T0.minusSeconds(40), Optional.empty(), held.note(),
                held.history().subList(1, held.history().size()), 0);
        return new StateUpdate(SESSION, 15, T0.plusMillis(250), "CONVERSATION", ANNA, false,
                List.of(CommandName.HANG_UP, CommandName.HOLD, CommandName.DIAL, CommandName.PARK,
                        CommandName.DIRECTED_PARK, CommandName.CAMP_ON, CommandName.NOTE, CommandName.BUG_REPORT,
                        CommandName.PAUSE, CommandName.RESET, CommandName.RESYNC),
                Optional.empty(), List.of(new LineView(LineNo.ONE, Optional.of(talking)), LineView.empty(LineNo.TWO)), List.of(), 0, List.of(), 0,
                Optional.of(new CommandError(6, CommandName.HOLD, ErrorCode.PBX_REFUSED,
                        "the PBX refused to redirect PJSIP/trunk-00000005 to the music on hold")),
                Optional.empty());
    }

    /** The last update of a session taken over by a second log in of the same receptionist. */
    static StateUpdate replaced() {
        return new StateUpdate(SESSION, 16, T0.plusSeconds(5), "LOGGED_OUT", ANNA, false, List.of(),
                Optional.empty(), List.of(LineView.empty(LineNo.ONE), LineView.empty(LineNo.TWO)), List.of(), 0,
                List.of(), 0, Optional.empty(),
                Optional.of(new LoggedOut(LoggedOut.Reason.REPLACED, Optional.of("logged in again from 192.0.2.7"))));
    }

    static PhonesUpdate fullPhones() {
        return new PhonesUpdate(SESSION, 2, true, List.of(
                new PhoneView("201", "PJSIP/201", PhoneStatus.BUSY_EXTERNAL, true),
                new PhoneView("202", "PJSIP/202", PhoneStatus.IDLE, true),
                new PhoneView("204", "PJSIP/204", PhoneStatus.RINGING_INTERNAL, true),
                new PhoneView("205", "PJSIP/205", PhoneStatus.IDLE, false)));
    }

    static PhonesUpdate partialPhones() {
        return new PhonesUpdate(SESSION, 17, false, List.of(
                new PhoneView("204", "PJSIP/204", PhoneStatus.BUSY_INTERNAL, true)));
    }

    /** The colleagues' presence after log in: one on the phone, one away with a note, one offline. */
    static PresenceUpdate fullPresence() {
        return new PresenceUpdate(SESSION, 3, true, List.of(
                new PresenceUpdate.UserPresence("201", PresenceUpdate.Status.ON_THE_PHONE, "", true, 12),
                new PresenceUpdate.UserPresence("202", PresenceUpdate.Status.AVAILABLE, "", false, 4),
                new PresenceUpdate.UserPresence("204", PresenceUpdate.Status.AWAY, "Back at 2 pm", false, 9),
                new PresenceUpdate.UserPresence("205", PresenceUpdate.Status.OFFLINE, "", false, 0)));
    }

    /** A colleague asked not to be disturbed. */
    static PresenceUpdate partialPresence() {
        return new PresenceUpdate(SESSION, 18, false, List.of(
                new PresenceUpdate.UserPresence("202", PresenceUpdate.Status.DO_NOT_DISTURB, "In a meeting", false, 5)));
    }

    /** The secondary saw a reception call: its sessions become active (a client of both sites switches to it). */
    static SiteUpdate siteActive() {
        return new SiteUpdate(SESSION, 21, "secondary-b", SiteUpdate.Role.SECONDARY, true,
                "activity detected on secondary-b: call 1795642139.14");
    }

    /** Text of {@code chars} characters of three UTF-8 bytes each, the most a character costs in a body. */
    static String widest(int chars) {
        return "€".repeat(chars);
    }

    /** Every field at its limit: names, notes and details as wide as allowed, full histories, long lists. */
    static StateUpdate worstCase(int waitingCalls, int supervisedCalls) {
        List<CallEntry> waiting = new ArrayList<>();
        for (int i = 0; i < waitingCalls; i++) {
            waiting.add(widestCall("w" + i));
        }
        List<CallEntry> supervised = new ArrayList<>();
        for (int i = 0; i < supervisedCalls; i++) {
            supervised.add(widestCall("s" + i));
        }
        return StateUpdate.bounded("s".repeat(64), Long.MAX_VALUE, T0, "A".repeat(40),
                new Receptionist("r".repeat(64), widest(Bounds.NAME_CHARS)), true, offerable(),
                Optional.of(new Pending(CommandName.DIRECTED_PARK, Long.MAX_VALUE)),
                List.of(new LineView(LineNo.ONE, Optional.of(widestCall("l1"))),
                        new LineView(LineNo.TWO, Optional.of(widestCall("l2")))),
                waiting, supervised,
                Optional.of(new CommandError(Long.MAX_VALUE, CommandName.DIRECTED_PARK, ErrorCode.PBX_TIMEOUT,
                        widest(Bounds.DETAIL_CHARS))),
                Optional.of(new LoggedOut(LoggedOut.Reason.SERVER, Optional.of(widest(Bounds.DETAIL_CHARS)))),
                Optional.empty());
    }

    /** Every command a server may name in {@code allowed}: all but SET_PRESENCE, which it never names there. */
    static List<CommandName> offerable() {
        return List.of(CommandName.values()).stream().filter(name -> name != CommandName.SET_PRESENCE).toList();
    }

    static CallEntry widestCall(String tag) {
        List<HistoryEntry> history = new ArrayList<>();
        for (int i = 0; i < Bounds.HISTORY; i++) {
            history.add(new HistoryEntry(T0, "S".repeat(40), "T".repeat(40), HistoryKind.SUPERVISION,
                    Optional.of(LineNo.TWO), Optional.of(widest(Bounds.DETAIL_CHARS))));
        }
        String callId = (tag + "-").repeat(64).substring(0, 64);
        return new CallEntry(callId, widest(Bounds.NUMBER_CHARS), widest(Bounds.NAME_CHARS),
                widest(Bounds.NAME_CHARS), Optional.of(new Owner("o".repeat(64), widest(Bounds.NAME_CHARS))),
                "S".repeat(40), Optional.of("q".repeat(64)), Optional.of("9".repeat(32)), T0, Optional.of(T0),
                Optional.of(widest(Bounds.NOTE_CHARS)), history, Integer.MAX_VALUE - 1);
    }
}
