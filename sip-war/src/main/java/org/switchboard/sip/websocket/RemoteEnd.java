package org.switchboard.sip.websocket;

import java.net.InetSocketAddress;

/**
 * Where a WebSocket handshake came from, as the servlet request tells it, carried to the WebSocket's session in
 * its per-connection user properties (the Jakarta WebSocket API gives a session no remote address).
 *
 * @param address the client's end of the TCP connection
 * @param secure true over TLS
 */
record RemoteEnd(InetSocketAddress address, boolean secure) {

    static final String KEY = RemoteEnd.class.getName();
}
