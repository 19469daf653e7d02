package org.switchboard.protocol;

/** PLACEHOLDER until the protocol branch lands: the RESYNC command. */
public record Resync(long seq) implements ConsoleCommand {
}
