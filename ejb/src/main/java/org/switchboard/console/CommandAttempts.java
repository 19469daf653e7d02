package org.switchboard.console;

import java.util.Optional;
import java.util.function.Supplier;

import org.switchboard.console.model.Attempt;
import org.switchboard.console.model.CallFacts;
import org.switchboard.console.model.ConsoleTrigger;
import org.switchboard.console.model.LineNo;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.shared.model.CallId;

/**
 * A console protocol command as the trigger it fires on the session machine, with its target and arguments.
 * The one place where wire commands meet the model; a dial gets the id its new call will have on the PBX.
 */
final class CommandAttempts {

    private CommandAttempts() {
    }

    static Attempt of(ConsoleCommand command, Supplier<CallId> newCall) {
        long seq = command.seq();
        if (command instanceof ConsoleCommand.LogIn logIn) {
            return Attempt.logIn(seq, logIn.paused());
        }
        Attempt attempt = Attempt.command(ConsoleTrigger.valueOf(command.name().name()), seq);
        if (command instanceof ConsoleCommand.TakeBack takeBack) {
            return attempt.onCall(new CallId(takeBack.callId()));
        }
        if (command instanceof ConsoleCommand.HangUp hangUp) {
            return attempt.onLine(line(hangUp.line()));
        }
        if (command instanceof ConsoleCommand.Hold hold) {
            return attempt.onLine(line(hold.line()));
        }
        if (command instanceof ConsoleCommand.Retrieve retrieve) {
            return attempt.onLine(line(retrieve.line()));
        }
        if (command instanceof ConsoleCommand.Dial dial) {
            CallId call = newCall.get();
            return attempt.onLine(line(dial.line())).withFacts(new CallFacts(call, dial.number(), "", dial.number(),
                    Optional.empty())).withArgument(dial.number());
        }
        if (command instanceof ConsoleCommand.Park park) {
            return noted(attempt.onLine(line(park.line())), park.note());
        }
        if (command instanceof ConsoleCommand.DirectedPark park) {
            return noted(attempt.onLine(line(park.line())).withArgument(park.extension()), park.note());
        }
        if (command instanceof ConsoleCommand.CampOn campOn) {
            return attempt.onLine(line(campOn.line())).withArgument(campOn.extension());
        }
        if (command instanceof ConsoleCommand.Note note) {
            return attempt.onCall(new CallId(note.callId())).withNote(note.note());
        }
        if (command instanceof ConsoleCommand.BugReport report) {
            Attempt noted = attempt.withNote(report.note());
            return report.callId().map(id -> noted.onCall(new CallId(id))).orElse(noted);
        }
        return attempt;
    }

    private static Attempt noted(Attempt attempt, Optional<String> note) {
        return note.map(attempt::withNote).orElse(attempt);
    }

    private static LineNo line(org.switchboard.protocol.LineNo line) {
        return LineNo.of(line.number());
    }
}
