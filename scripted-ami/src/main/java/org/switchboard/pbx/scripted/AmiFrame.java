package org.switchboard.pbx.scripted;

import java.util.List;

/**
 * One frame as read from a stream: where it started (bytes from the start of the stream), the message its
 * well-formed lines make, and the lines that were not {@code Key: Value} (kept so that a server can say so).
 */
public record AmiFrame(long offset, AmiMessage message, List<String> malformedLines) {

    public AmiFrame {
        malformedLines = List.copyOf(malformedLines);
    }

    public boolean isMalformed() {
        return !malformedLines.isEmpty();
    }
}
