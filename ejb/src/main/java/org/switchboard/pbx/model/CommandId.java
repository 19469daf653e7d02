package org.switchboard.pbx.model;

/** The correlation id of one command: the ActionID it is sent with, and the key of its result in the logs. */
public record CommandId(String value) {

    public CommandId {
        if (value == null || value.isBlank() || value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == '#')) {
            throw new IllegalArgumentException("a command id must be a non-blank text without line breaks or '#'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
