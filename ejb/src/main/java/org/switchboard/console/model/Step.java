package org.switchboard.console.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.switchboard.shared.model.Effect;
import org.switchboard.shared.model.Outcome;

/**
 * What one attempt did to a session: the session machine's outcome, the line machine's outcome for the call
 * entry it was about (if any), the entry as it is after the step (as it was last, when it left the session),
 * and the effects for the service to run, in order. A rejected step changed nothing.
 */
public record Step(Attempt attempt, Outcome<ConsoleState, ConsoleTrigger> session,
        Optional<Outcome<LineState, ConsoleTrigger>> line, Optional<CallEntry> entry, List<Effect> effects) {

    public Step {
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(entry, "entry");
        effects = List.copyOf(effects);
    }

    static Step rejected(Attempt attempt, Outcome.Rejected<?, ?> why, ConsoleState state) {
        return new Step(attempt, new Outcome.Rejected<>(state, attempt.trigger(), why.reason()), Optional.empty(),
                Optional.empty(), List.of());
    }

    public boolean moved() {
        return session instanceof Outcome.Moved;
    }

    /**
     * True for a command that moved without changing anything a table decides: the session and the call (if any)
     * stayed in their states, and there is no effect to run (a note on a call). The service logs its move at
     * DEBUG; a PBX event that changes no state (the phone busy, paused) still tells something and stays at INFO.
     */
    public boolean commandInPlace() {
        return attempt.trigger().isCommand()
                && session instanceof Outcome.Moved<ConsoleState, ConsoleTrigger> moved && !moved.changed()
                && line.map(outcome -> outcome instanceof Outcome.Moved<LineState, ConsoleTrigger> lineMoved
                        && !lineMoved.changed()).orElse(true)
                && effects.isEmpty();
    }

    /** The reason of a rejection, naming the state and the trigger; empty when the step moved. */
    public Optional<String> rejection() {
        return session instanceof Outcome.Rejected<ConsoleState, ConsoleTrigger> rejected
                ? Optional.of(rejected.reason()) : Optional.empty();
    }
}
