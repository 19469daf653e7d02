package org.switchboard.console;

import java.util.Objects;

/** What a session made of a command; the transport maps each verdict to one answer (SIP 200, 481, 403, 400). */
public sealed interface CommandVerdict {

    /** The session took the command; its outcome comes later as an update. */
    record Accepted() implements CommandVerdict {
    }

    /** No such session, or it has ended. */
    record UnknownSession(String reason) implements CommandVerdict {
        public UnknownSession {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The command is not allowed in the session's state; the reason names the state and the command. */
    record NotAllowed(String reason) implements CommandVerdict {
        public NotAllowed {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The command is well-formed but makes no sense (an unknown call, a line that does not exist). */
    record Invalid(String reason) implements CommandVerdict {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
