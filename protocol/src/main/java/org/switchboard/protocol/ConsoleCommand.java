package org.switchboard.protocol;

/**
 * PLACEHOLDER until the protocol branch lands (drop this file at merge): a console command, one record per
 * command, as in the design notes section 1.
 */
public sealed interface ConsoleCommand permits LogIn, Hold, Resync {

    /** The client's own command number. */
    long seq();
}
