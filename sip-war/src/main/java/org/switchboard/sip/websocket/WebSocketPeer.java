package org.switchboard.sip.websocket;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * One open WebSocket as its SIP channel uses it: where the connection comes from, and one SIP message per
 * WebSocket message. In the server it is a Jakarta WebSocket session ({@link SipWebSocket}).
 */
interface WebSocketPeer {

    /** The client's end of the TCP connection that carries the WebSocket. */
    InetSocketAddress remote();

    /** True when the WebSocket came over TLS (wss:). */
    boolean secure();

    /** Sends one SIP message as one text message; safe to call from several threads. */
    void send(String message) throws IOException;

    /** Closes the WebSocket (going away) with this reason. */
    void close(String reason);
}
