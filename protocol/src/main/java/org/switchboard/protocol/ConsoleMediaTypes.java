package org.switchboard.protocol;

/** The versioned MIME types of the console protocol's SIP bodies: one per body kind. */
public final class ConsoleMediaTypes {

    /** A command from a console client to the server. */
    public static final String COMMAND = "application/vnd.switchboard.command.v1+json";

    /** A state update pushed by the server to a console client. */
    public static final String UPDATE = "application/vnd.switchboard.update.v1+json";

    private ConsoleMediaTypes() {
    }
}
