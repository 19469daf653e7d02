package org.switchboard.console.model;

import java.util.Objects;
import java.util.Optional;

import org.switchboard.shared.model.CallId;

/**
 * What the console shows of a call's other party when it starts following it: the number and name, and the
 * disposition (what the caller asked for: the queue or number it reached).
 */
public record CallFacts(CallId call, String number, String name, String disposition, Optional<String> queue) {

    public CallFacts {
        Objects.requireNonNull(call, "call");
        number = Objects.requireNonNullElse(number, "");
        name = Objects.requireNonNullElse(name, "");
        disposition = Objects.requireNonNullElse(disposition, "");
        Objects.requireNonNull(queue, "queue");
    }

    /** A call known only by its id. */
    public static CallFacts of(CallId call) {
        return new CallFacts(call, "", "", "", Optional.empty());
    }
}
