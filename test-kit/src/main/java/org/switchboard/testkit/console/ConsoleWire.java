package org.switchboard.testkit.console;

import java.io.IOException;
import java.util.function.Consumer;

/** How a console test client's SIP messages travel: a TCP connection to the SIP port, or a SIP WebSocket. */
interface ConsoleWire {

    /** The server's URI, as Request-URI and digest URI. */
    String serverUri();

    /** The transport and sent-by of the client's Via, such as {@code TCP 127.0.0.1:50123}. */
    String via();

    /** The client's port, where known; -1 otherwise. */
    int localPort();

    /** Sends one SIP message; safe to call from several threads. */
    void send(byte[] message) throws IOException;

    /**
     * Starts reading: each message the server sends goes to {@code received}, one at a time, in order; when the
     * wire ends, {@code ended} hears once whether the server ended it.
     */
    void start(Consumer<SipMessage> received, Consumer<Boolean> ended);

    /** Closes the wire as a client leaving does. */
    void close();

    /** Drops the connection without a word, as a client that vanished (a closed laptop, a lost network). */
    void abort();
}
