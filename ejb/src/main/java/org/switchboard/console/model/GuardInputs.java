package org.switchboard.console.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.switchboard.shared.model.CallId;

/**
 * Everything of a session that the two tables' guards ({@link ConsoleGuards}, through {@link Situation}) and the
 * choice of a command's targets read: the session's state, whether the receptionists work on this site, whether the phone is paused or busy, the command
 * waiting for the PBX and its call, and each followed call's state and line, in order. Two sessions with equal
 * inputs allow the same commands, so {@link ConsoleSession#allowedCommands()} is computed once per change of
 * these (a note or a new history step changes none of them). A guard that reads anything else must add it here.
 */
record GuardInputs(ConsoleState state, boolean dutyHere, boolean paused, boolean phoneBusy, Optional<ConsoleTrigger> pendingCommand,
        Optional<CallId> pendingCall, List<Followed> followed, Map<LineNo, CallId> lines) {

    /** One followed call, as the guards see it. */
    record Followed(CallId call, LineState state, Optional<LineNo> line) {
    }

    static GuardInputs of(ConsoleSession session, Iterable<CallEntry> entries, Map<LineNo, CallId> lines) {
        List<Followed> followed = new ArrayList<>();
        for (CallEntry entry : entries) {
            followed.add(new Followed(entry.call(), entry.state(), entry.line()));
        }
        Optional<Pending> pending = session.pending();
        return new GuardInputs(session.state(), session.dutyHere(), session.paused(), session.phoneBusy(), pending.map(Pending::command),
                pending.flatMap(Pending::call), followed, Map.copyOf(lines));
    }
}
