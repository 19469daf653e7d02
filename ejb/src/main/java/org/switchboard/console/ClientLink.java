package org.switchboard.console;

import org.switchboard.protocol.ConsoleUpdate;

/**
 * The way back to one console client, implemented by the transport. A session calls it from its own serial
 * executor; {@link #push(ConsoleUpdate)} never blocks and delivers in the order pushed.
 */
public interface ClientLink {

    /** Queues the update for the client; delivered in order, never blocking the caller. */
    void push(ConsoleUpdate update);

    /** Closes the link after the updates already pushed were delivered or given up; later pushes are dropped. */
    void close(String reason);

    /** Where the client is, for the logs and the JMX session list, for example {@code tcp 10.0.0.7:53122}. */
    String describe();
}
