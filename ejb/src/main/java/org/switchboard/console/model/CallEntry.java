package org.switchboard.console.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.switchboard.shared.model.CallId;

/**
 * A call the receptionist follows, as a value: who is on the other side, its state in the line machine, the
 * line it is on (if any), the note the receptionist attached, its supervision (if parked or camping), and its
 * history, oldest first. The history keeps the newest {@link #HISTORY_KEPT} steps and counts those it dropped.
 */
public record CallEntry(CallFacts facts, LineState state, Optional<LineNo> line, String note,
        Optional<Supervision> supervision, Instant since, List<HistoryEntry> history, int historyDropped) {

    /** How many history steps an entry keeps (the protocol sends fewer). */
    public static final int HISTORY_KEPT = 100;

    public CallEntry {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(line, "line");
        note = Objects.requireNonNullElse(note, "");
        Objects.requireNonNull(supervision, "supervision");
        Objects.requireNonNull(since, "since");
        history = List.copyOf(history);
        if (line.isPresent() != (state.place() == LineState.Place.LINE)) {
            throw new IllegalArgumentException("an entry in " + state + (line.isPresent() ? " is not" : " must be")
                    + " on a line");
        }
    }

    /** A call the session starts following, with no history yet. */
    public static CallEntry start(CallFacts facts, LineState state, Optional<LineNo> line, Instant at) {
        return new CallEntry(facts, state, line, "", Optional.empty(), at, List.of(), 0);
    }

    public CallId call() {
        return facts.call();
    }

    /** The entry after one step: its new state and line, and the step at the end of its history. */
    public CallEntry moved(LineState to, Optional<LineNo> onLine, HistoryEntry step) {
        List<HistoryEntry> steps = new ArrayList<>(history);
        steps.add(step);
        int dropped = historyDropped;
        while (steps.size() > HISTORY_KEPT) {
            steps.remove(0);
            dropped++;
        }
        Optional<Supervision> watch = to.place() == LineState.Place.SUPERVISED ? supervision : Optional.empty();
        Instant changedAt = to == state ? since : step.at();
        return new CallEntry(facts, to, onLine, note, watch, changedAt, Collections.unmodifiableList(steps), dropped);
    }

    public CallEntry withNote(String text) {
        return new CallEntry(facts, state, line, text, supervision, since, history, historyDropped);
    }

    public CallEntry supervisedBy(Supervision watch) {
        return new CallEntry(facts, state, line, note, Optional.of(watch), since, history, historyDropped);
    }

    public CallEntry withFacts(CallFacts newer) {
        return new CallEntry(newer, state, line, note, supervision, since, history, historyDropped);
    }
}
