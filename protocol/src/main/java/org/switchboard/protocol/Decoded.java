package org.switchboard.protocol;

import java.util.Objects;

/** The result of decoding a body: the message, or why there is none. Never null. */
public sealed interface Decoded<T> {

    /** The body held this message. */
    record Ok<T>(T value) implements Decoded<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The body held no message of the protocol, for {@code reason} (a sentence for logs and SIP reason phrases). */
    record Invalid<T>(Problem problem, String reason) implements Decoded<T> {
        public Invalid {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
