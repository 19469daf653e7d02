package org.switchboard.protocol;

/** PLACEHOLDER until the protocol branch lands: the LOG_IN command. */
public record LogIn(long seq, boolean paused, String client) implements ConsoleCommand {
}
