package org.switchboard.sip.presence;

import java.util.Objects;
import java.util.Optional;

import org.switchboard.presence.model.PresenceStatus;

/**
 * What a PIDF document says about a presentity, as far as this server reads and writes it.
 *
 * @param entity the presentity's URI, for example {@code sip:201@example.org}
 * @param status {@link PresenceStatus#OFFLINE} for a closed tuple without activity; else the status its basic
 *               status and RPID activities say
 * @param note the free-text note, when the document has one (an empty note is a note that clears it)
 */
public record Pidf(String entity, PresenceStatus status, Optional<String> note) {

    public Pidf {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
    }
}
