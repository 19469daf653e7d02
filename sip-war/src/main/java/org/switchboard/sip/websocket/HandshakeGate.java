package org.switchboard.sip.websocket;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Collections;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The servlet filter in front of the SIP WebSocket's handshake, before WildFly's WebSocket filter: a handshake
 * whose Origin is not allowed ({@link AllowedOrigins}) is answered 403, one that does not offer the subprotocol
 * {@code sip} (RFC 7118) 400, each with a log line. A handshake without Origin comes from a program, not a page,
 * and is let through (it still has to log in with digest). For an admitted handshake it tells the WebSocket
 * endpoint, on the same thread, where the connection comes from ({@link #handshaking()}).
 */
final class HandshakeGate implements Filter {

    /** The handshake this thread is admitting; the upgrade reads it while the filter chain runs. */
    private static final ThreadLocal<RemoteEnd> HANDSHAKING = new ThreadLocal<>();

    private final AllowedOrigins origins;

    HandshakeGate(AllowedOrigins origins) {
        this.origins = origins;
    }

    /** Where the handshake being admitted on this thread comes from; null outside one. */
    static RemoteEnd handshaking() {
        return HANDSHAKING.get();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (!"websocket".equalsIgnoreCase(String.valueOf(http.getHeader("Upgrade")).strip())) {
            chain.doFilter(request, response);
            return;
        }
        String source = http.getRemoteAddr() + ":" + http.getRemotePort();
        String origin = http.getHeader("Origin");
        if (origin != null && !origins.allows(origin, http.getHeader("Host"))) {
            WebSocketLog.LOG.originRefused(source, origin, http.getHeader("Host"));
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN,
                    "this origin may not open the SIP WebSocket");
            return;
        }
        if (!offersSip(http)) {
            WebSocketLog.LOG.subprotocolMissing(source);
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_BAD_REQUEST,
                    "the SIP WebSocket needs the subprotocol sip (RFC 7118)");
            return;
        }
        HANDSHAKING.set(new RemoteEnd(new InetSocketAddress(InetAddress.getByName(http.getRemoteAddr()),
                http.getRemotePort()), http.isSecure()));
        try {
            chain.doFilter(request, response);
        } finally {
            HANDSHAKING.remove();
        }
    }

    /** True when a Sec-WebSocket-Protocol header (any number of them) lists the token {@code sip}, as the server selects it. */
    private static boolean offersSip(HttpServletRequest http) {
        for (String header : Collections.list(http.getHeaders("Sec-WebSocket-Protocol"))) {
            for (String protocol : header.split(",")) {
                if (protocol.strip().equals(SipWebSocket.SUBPROTOCOL)) {
                    return true;
                }
            }
        }
        return false;
    }
}
