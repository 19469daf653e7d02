package org.switchboard.protocol;

/** PLACEHOLDER until the protocol branch lands: the HOLD command. */
public record Hold(long seq, int line) implements ConsoleCommand {
}
