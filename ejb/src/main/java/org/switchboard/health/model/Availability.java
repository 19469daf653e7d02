package org.switchboard.health.model;

import java.util.Objects;

/**
 * Whether this server takes calls right now. The PBX and the console clients learn it from the answer to a
 * SIP OPTIONS request: 200 when available, 503 with the reason when not.
 */
public sealed interface Availability {

    Availability AVAILABLE = new Available();

    static Availability unavailable(String reason) {
        return new Unavailable(reason);
    }

    boolean takesCalls();

    record Available() implements Availability {
        @Override
        public boolean takesCalls() {
            return true;
        }
    }

    record Unavailable(String reason) implements Availability {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("an unavailable server must say why");
            }
        }

        @Override
        public boolean takesCalls() {
            return false;
        }
    }
}
