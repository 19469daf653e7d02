package org.switchboard.protocol;

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
import org.switchboard.protocol.ConsoleCommand.SetPresence;
import org.switchboard.protocol.ConsoleCommand.TakeBack;
import org.switchboard.protocol.ConsoleCommand.Unpause;

/** Reads a command body's fields into its record: one line per command, by its wire name. */
final class CommandReader {

    private CommandReader() {
    }

    static ConsoleCommand read(WireObject body) {
        String wireName = body.string("command");
        CommandName name = CommandName.fromWire(wireName).orElseThrow(() -> new MalformedBody(
                Problem.UNKNOWN_COMMAND, "unknown command " + WireRules.shown(wireName)));
        long seq = body.count("seq");
        return body.make(() -> switch (name) {
            case LOG_IN -> new LogIn(seq, body.optionalBool("paused").orElse(false), body.optionalString("client"),
                    body.optionalBool("presence").orElse(false), body.optionalNamed("status",
                            PresenceUpdate.Status::fromWire, PresenceUpdate.Status.wireNames(false)),
                    body.optionalBool("failover").orElse(false));
            case LOG_OUT -> new LogOut(seq);
            case PAUSE -> new Pause(seq, body.optionalString("reason"));
            case UNPAUSE -> new Unpause(seq);
            case TAKE_BACK -> new TakeBack(seq, body.string("callId"));
            case HANG_UP -> new HangUp(seq, body.line("line"));
            case HOLD -> new Hold(seq, body.line("line"));
            case RETRIEVE -> new Retrieve(seq, body.line("line"));
            case DIAL -> new Dial(seq, body.line("line"), body.string("number"));
            case COUPLE -> new Couple(seq);
            case PARK -> new Park(seq, body.line("line"), body.optionalString("note"));
            case DIRECTED_PARK -> new DirectedPark(seq, body.line("line"), body.string("extension"),
                    body.optionalString("note"));
            case CAMP_ON -> new CampOn(seq, body.line("line"), body.string("extension"));
            case RESET -> new Reset(seq);
            case NOTE -> new Note(seq, body.string("callId"), body.string("note"));
            case BUG_REPORT -> new BugReport(seq, body.string("note"), body.optionalString("callId"));
            case RESYNC -> new Resync(seq);
            case SET_PRESENCE -> new SetPresence(seq, body.named("status", PresenceUpdate.Status::fromWire,
                    PresenceUpdate.Status.wireNames(false)), body.optionalString("note"));
        });
    }
}
