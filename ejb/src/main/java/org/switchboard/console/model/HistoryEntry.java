package org.switchboard.console.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step in the life of a call entry: when, what moved it (a command or an event), the state it reached, and
 * where: on a line, in a queue, or under supervision.
 *
 * @param detail what else is worth showing (the queue, the extension, the failure), or empty
 */
public record HistoryEntry(Instant at, ConsoleTrigger trigger, LineState state, LineState.Place place,
        Optional<LineNo> line, String detail) {

    public HistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(line, "line");
        detail = Objects.requireNonNullElse(detail, "");
    }

    @Override
    public String toString() {
        return at + " " + trigger + " -> " + state + line.map(l -> " on line " + l.number()).orElse("")
                + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
