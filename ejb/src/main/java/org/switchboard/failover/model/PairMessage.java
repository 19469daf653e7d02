package org.switchboard.failover.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one site of the pair tells the other over the pair link (the wire format is in {@code docs/pair-protocol.md}):
 * its status, its PBX's phones, its console sessions. Every message names the site that sent it and when.
 */
public sealed interface PairMessage {

    /** The wire format's version that this server writes and reads. */
    int VERSION = 1;

    /** The kinds of message, as the wire names them. */
    enum Kind {
        SITE_STATUS, PHONES, SESSIONS
    }

    Kind kind();

    String site();

    Instant at();

    /** The sender's status, at once on a change and on every heartbeat. */
    record Status(SiteStatus status) implements PairMessage {
        public Status {
            Objects.requireNonNull(status, "status");
        }

        @Override
        public Kind kind() {
            return Kind.SITE_STATUS;
        }

        @Override
        public String site() {
            return status.site();
        }

        @Override
        public Instant at() {
            return status.at();
        }
    }

    /**
     * The phones of the sender's PBX: every phone when {@code full} (the receiver forgets the ones it does not
     * list), otherwise the phones that changed since the last message and the devices that are {@code gone}.
     */
    record Phones(String site, Instant at, boolean full, List<PhoneLine> phones, List<String> gone)
            implements PairMessage {
        public Phones {
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(at, "at");
            phones = List.copyOf(phones);
            gone = List.copyOf(gone);
            if (full && !gone.isEmpty()) {
                throw new IllegalArgumentException("a full listing has no gone phones");
            }
        }

        @Override
        public Kind kind() {
            return Kind.PHONES;
        }
    }

    /** Every console session of the sender, as its Consoles view lists them. */
    record Sessions(String site, Instant at, List<SessionLine> sessions) implements PairMessage {
        public Sessions {
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(at, "at");
            sessions = List.copyOf(sessions);
        }

        @Override
        public Kind kind() {
            return Kind.SESSIONS;
        }
    }
}
