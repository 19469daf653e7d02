package org.switchboard.sip;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The other end of a request: its transport and the address and port it came from (for TCP, the client's end
 * of the connection). Requests over one connection share a peer, which is how a console session's keep-alive
 * OPTIONS are told apart from anyone else's.
 *
 * @param transport in upper case, as in a Via header: {@code UDP}, {@code TCP}, {@code WS}, {@code WSS}
 */
public record Peer(String transport, String address, int port) {

    /**
     * The transports that carry a connection the server can send requests back on. TCP and WebSocket (WS, and
     * WSS when WildFly serves https) are offered; TLS is not.
     */
    private static final Set<String> STREAMS = Set.of("TCP", "TLS", "WS", "WSS");

    public Peer {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(address, "address");
        transport = transport.toUpperCase(Locale.ROOT);
    }

    /** True over a stream transport: the server can keep the connection and push requests over it. */
    public boolean onStream() {
        return STREAMS.contains(transport);
    }

    /** For the logs, for example {@code tcp 127.0.0.1:53122}. */
    public String describe() {
        return transport.toLowerCase(Locale.ROOT) + " " + address + ":" + port;
    }
}
