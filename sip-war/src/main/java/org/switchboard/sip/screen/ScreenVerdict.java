package org.switchboard.sip.screen;

import java.util.Objects;
import java.util.Optional;

/** What the screen decided about one raw message. */
sealed interface ScreenVerdict {

    ScreenVerdict PASS = new Pass();

    /** Well-formed enough for the stack, or not a request: the stack takes it from here. */
    record Pass() implements ScreenVerdict {
    }

    /** A malformed request that can be answered: send {@link #response()} back to its source. */
    record Answer(RawMessage message, String reason) implements ScreenVerdict {
        public Answer {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(reason, "reason");
        }

        byte[] response() {
            return BadRequestReply.to(message, reason);
        }
    }

    /** A malformed message that cannot be answered (no Via, or an ACK): log it and drop it. */
    record Drop(RawMessage message, String reason) implements ScreenVerdict {
        public Drop {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The Call-ID of the refused message as written, for the log context. */
    default Optional<String> callId() {
        if (this instanceof Answer answer) {
            return answer.message().first("Call-ID");
        }
        if (this instanceof Drop drop) {
            return drop.message().first("Call-ID");
        }
        return Optional.empty();
    }
}
