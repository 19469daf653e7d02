package org.switchboard.console;

import java.util.Objects;

/** What became of an authenticated log in. */
public sealed interface LogInResult {

    /**
     * The receptionist's session is open on the link (a new one, or taken over from an older link under the
     * same id); the transport tells the client the session id in its answer.
     */
    record LoggedIn(String sessionId) implements LogInResult {
        public LoggedIn {
            Objects.requireNonNull(sessionId, "sessionId");
        }
    }

    /** No session for this receptionist now (account disabled, no phone configured, ...): the reason says why. */
    record Refused(String reason) implements LogInResult {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
