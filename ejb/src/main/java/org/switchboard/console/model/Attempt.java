package org.switchboard.console.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import org.switchboard.shared.model.CallId;

/**
 * One trigger offered to a session, with what it is about: the line or the call it targets, the command's text
 * argument (the number to dial, the extension), the note, the client's command number, and for an event the
 * facts of a call the session may start following.
 *
 * @param argument the number or extension of a command, or the detail of an event ("" when none)
 */
public record Attempt(ConsoleTrigger trigger, Optional<LineNo> line, Optional<CallId> call, String argument,
        Optional<String> note, OptionalLong commandSeq, Optional<CallFacts> facts) {

    public Attempt {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(call, "call");
        argument = Objects.requireNonNullElse(argument, "");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(commandSeq, "commandSeq");
        Objects.requireNonNull(facts, "facts");
    }

    /** A command of the client, numbered {@code seq}. */
    public static Attempt command(ConsoleTrigger trigger, long seq) {
        return new Attempt(trigger, Optional.empty(), Optional.empty(), "", Optional.empty(), OptionalLong.of(seq),
                Optional.empty());
    }

    /** The client logs in, asking to start paused in its queues or not. */
    public static Attempt logIn(long seq, boolean paused) {
        return command(ConsoleTrigger.LOG_IN, seq).withArgument(paused ? PAUSED : AVAILABLE);
    }

    /** The argument of a log in that starts paused. */
    public static final String PAUSED = "paused";

    /** The argument of a log in that starts available. */
    public static final String AVAILABLE = "available";

    /** An event or system trigger about no call in particular. */
    public static Attempt of(ConsoleTrigger trigger) {
        return new Attempt(trigger, Optional.empty(), Optional.empty(), "", Optional.empty(), OptionalLong.empty(),
                Optional.empty());
    }

    /** An event about {@code call}. */
    public static Attempt about(ConsoleTrigger trigger, CallId call) {
        return of(trigger).onCall(call);
    }

    public Attempt onLine(LineNo target) {
        return new Attempt(trigger, Optional.of(target), call, argument, note, commandSeq, facts);
    }

    public Attempt onCall(CallId target) {
        return new Attempt(trigger, line, Optional.of(target), argument, note, commandSeq, facts);
    }

    public Attempt withArgument(String text) {
        return new Attempt(trigger, line, call, text, note, commandSeq, facts);
    }

    public Attempt withNote(String text) {
        return new Attempt(trigger, line, call, argument, Optional.of(text), commandSeq, facts);
    }

    /** An event that brings the facts of its call (for a call the session starts following). */
    public Attempt withFacts(CallFacts known) {
        return new Attempt(trigger, line, Optional.of(known.call()), argument, note, commandSeq, Optional.of(known));
    }

    @Override
    public String toString() {
        return trigger + line.map(l -> " line " + l.number()).orElse("") + call.map(c -> " call " + c).orElse("")
                + (argument.isEmpty() ? "" : " " + argument);
    }
}
