package org.switchboard.console.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What the guards of both tables look at: the session as it is before the step, the attempt, and the call
 * entry the attempt is about (when the session follows that call already).
 */
public record Situation(ConsoleSession session, Attempt attempt, Optional<CallEntry> entry) {

    public Situation {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(entry, "entry");
    }

    /** The line the attempt is about: the entry's line, else the line it names. */
    public Optional<LineNo> line() {
        return entry.flatMap(CallEntry::line).or(attempt::line);
    }

    public boolean onLine() {
        return entry.flatMap(CallEntry::line).isPresent();
    }

    public boolean offTheLines() {
        return entry.isPresent() && entry.get().line().isEmpty();
    }

    public boolean entryIn(LineState state) {
        return entry.map(e -> e.state() == state).orElse(false);
    }

    /** The state of the call on the line other than the attempt's, if that line has one. */
    public Optional<LineState> otherLine() {
        return line().flatMap(l -> session.onLine(l.other())).map(CallEntry::state);
    }

    public boolean aLineFree() {
        return session.freeLine().isPresent();
    }

    public boolean pendingIs(ConsoleTrigger command) {
        return session.pending().map(p -> p.command() == command).orElse(false);
    }

    /** Whether the pending command is about the attempt's call. */
    public boolean pendingAboutThisCall() {
        return session.pending().flatMap(Pending::call)
                .map(call -> entry.map(e -> e.call().equals(call)).orElse(false)).orElse(false);
    }
}
