package org.switchboard.protocol;

import java.util.List;

/** PLACEHOLDER until the protocol branch lands: an update pushed to a console client. */
public sealed interface ConsoleUpdate {

    /** The session the update belongs to. */
    String session();

    /** Starts at 1 for a session, +1 for every update sent to it. */
    long seq();

    /** PLACEHOLDER: the whole console state (only the fields the SIP transport reads). */
    record State(String session, long seq, String state) implements ConsoleUpdate {
    }

    /** PLACEHOLDER: a batch of the colleagues' phone changes; {@code full} lists them all. */
    record Phones(String session, long seq, boolean full, List<Phone> phones) implements ConsoleUpdate {
        public Phones {
            phones = List.copyOf(phones);
        }
    }

    /** PLACEHOLDER: one phone in a PHONES batch. */
    record Phone(String extension, String device, String status, boolean registered) {
    }
}
