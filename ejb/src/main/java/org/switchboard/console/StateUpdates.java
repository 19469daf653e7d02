package org.switchboard.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.switchboard.console.model.CallEntry;
import org.switchboard.console.model.ConsoleSession;
import org.switchboard.console.model.ConsoleTrigger;
import org.switchboard.console.model.HistoryEntry;
import org.switchboard.console.model.LineState;
import org.switchboard.console.model.Supervision;
import org.switchboard.protocol.Bounds;
import org.switchboard.protocol.CommandName;
import org.switchboard.protocol.LineNo;
import org.switchboard.protocol.StateUpdate;

/**
 * Writes a session as the console protocol's STATE update: the one place where the model's states, triggers
 * and call entries become wire values. The commands offered are those the two transition tables allow now; the
 * update names this server's site ({@code SWB_SITE_NAME}) for the client to show.
 */
final class StateUpdates {

    private StateUpdates() {
    }

    static StateUpdate of(ConsoleSession session, long seq, Instant sentAt, String site,
            Optional<StateUpdate.CommandError> error, Optional<StateUpdate.LoggedOut> loggedOut) {
        List<CommandName> allowed = session.allowedCommands().stream().map(StateUpdates::command).toList();
        Optional<StateUpdate.Pending> pending = session.pending().map(p -> new StateUpdate.Pending(
                command(p.command()), p.commandSeq().orElse(0)));
        StateUpdate.Owner owner = new StateUpdate.Owner(session.id().value(),
                Bounds.text(session.displayName(), Bounds.NAME_CHARS));
        List<StateUpdate.LineView> lines = new ArrayList<>();
        for (org.switchboard.console.model.LineNo line : org.switchboard.console.model.LineNo.values()) {
            LineNo wire = LineNo.of(line.number());
            lines.add(new StateUpdate.LineView(wire, session.onLine(line).map(entry -> entry(entry, owner))));
        }
        List<StateUpdate.CallEntry> waiting = session.entriesIn(LineState.Place.WAITING).stream()
                .map(entry -> entry(entry, owner)).toList();
        List<StateUpdate.CallEntry> supervised = session.entriesIn(LineState.Place.SUPERVISED).stream()
                .map(entry -> entry(entry, owner)).toList();
        return StateUpdate.bounded(session.id().value(), seq, sentAt, session.state().name(),
                new StateUpdate.Receptionist(session.login(), Bounds.text(session.displayName(), Bounds.NAME_CHARS)),
                session.paused(), allowed, pending, lines, waiting, supervised, error, loggedOut, Optional.of(site));
    }

    /** The protocol's name of a command trigger (they share their names). */
    static CommandName command(ConsoleTrigger trigger) {
        if (!trigger.isCommand()) {
            throw new IllegalArgumentException(trigger + " is not a command");
        }
        return CommandName.valueOf(trigger.name());
    }

    private static StateUpdate.CallEntry entry(CallEntry entry, StateUpdate.Owner owner) {
        List<StateUpdate.HistoryEntry> newestFirst = new ArrayList<>();
        int oldestSent = Math.max(0, entry.history().size() - Bounds.HISTORY);
        for (int i = entry.history().size() - 1; i >= oldestSent; i--) {
            newestFirst.add(history(entry.history().get(i)));
        }
        Bounds.Cut<StateUpdate.HistoryEntry> cut = new Bounds.Cut<>(newestFirst, oldestSent);
        Optional<Supervision> watch = entry.supervision();
        return new StateUpdate.CallEntry(entry.call().value(), Bounds.text(entry.facts().number(), Bounds.NUMBER_CHARS),
                Bounds.text(entry.facts().name(), Bounds.NAME_CHARS),
                Bounds.text(entry.facts().disposition(), Bounds.NAME_CHARS), Optional.of(owner), entry.state().name(),
                entry.facts().queue(), watch.map(Supervision::target).filter(StateUpdates::dialable),
                entry.since(), watch.map(Supervision::deadline),
                entry.note().isEmpty() ? Optional.empty() : Optional.of(Bounds.text(entry.note(), Bounds.NOTE_CHARS)),
                cut.kept(), cut.omitted() + entry.historyDropped());
    }

    private static StateUpdate.HistoryEntry history(HistoryEntry step) {
        StateUpdate.HistoryKind kind = switch (step.place()) {
            case WAITING -> StateUpdate.HistoryKind.QUEUE;
            case SUPERVISED -> StateUpdate.HistoryKind.SUPERVISION;
            case LINE, NOWHERE -> StateUpdate.HistoryKind.LINE;
        };
        return new StateUpdate.HistoryEntry(step.at(), step.state().name(), step.trigger().name(), kind,
                step.line().map(line -> LineNo.of(line.number())),
                step.detail().isEmpty() ? Optional.empty() : Optional.of(Bounds.text(step.detail(), Bounds.DETAIL_CHARS)));
    }

    private static boolean dialable(String target) {
        return !target.isEmpty() && target.chars().allMatch(c -> Character.isDigit(c) || c == '+' || c == '*' || c == '#');
    }
}
