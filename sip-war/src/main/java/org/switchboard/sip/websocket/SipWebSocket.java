package org.switchboard.sip.websocket;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.websocket.CloseReason;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;

import org.jboss.logging.Logger;

/**
 * The SIP WebSocket endpoint, one instance per WebSocket, at {@link #PATH} of the SIP WAR (so {@code /sip/ws}),
 * subprotocol {@code sip}. It hands each message to its channel of the stack and tells the stack when the
 * WebSocket closes. WildFly (Undertow) does the WebSocket itself: the handshake over any number of reads, header
 * names in any case, fragmented messages joined, pings answered.
 */
public final class SipWebSocket extends Endpoint {

    static final String PATH = "/ws";
    static final String SUBPROTOCOL = "sip";
    /** The largest SIP message a client may send in one WebSocket message; a larger one closes the WebSocket (1009). */
    static final int MAX_MESSAGE_BYTES = 64 * 1024;

    private static final Logger LOG = Logger.getLogger(SipWebSocket.class);

    private final WebSocketConnections connections;
    private volatile WebSocketChannel channel;

    private SipWebSocket(WebSocketConnections connections) {
        this.connections = connections;
    }

    /**
     * Adds the endpoint and its handshake filter to the SIP WAR; called while the WAR deploys.
     *
     * @throws IllegalStateException when the container has no WebSocket support or refuses the endpoint
     */
    public static void deploy(ServletContext context, AllowedOrigins origins, WebSocketConnections connections) {
        FilterRegistration.Dynamic gate = context.addFilter(HandshakeGate.class.getSimpleName(), new HandshakeGate(origins));
        gate.setAsyncSupported(true);
        gate.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, PATH);
        ServerContainer container = (ServerContainer) context.getAttribute(ServerContainer.class.getName());
        if (container == null) {
            throw new IllegalStateException("the server offers no Jakarta WebSocket container for " + PATH);
        }
        ServerEndpointConfig config = ServerEndpointConfig.Builder.create(SipWebSocket.class, PATH)
                .subprotocols(List.of(SUBPROTOCOL)).configurator(new Configurator(connections)).build();
        try {
            container.addEndpoint(config);
        } catch (DeploymentException e) {
            throw new IllegalStateException("cannot add the SIP WebSocket endpoint at " + PATH, e);
        }
        WebSocketLog.LOG.serving(context.getContextPath() + PATH, origins.describe());
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        RemoteEnd end = (RemoteEnd) config.getUserProperties().get(RemoteEnd.KEY);
        SessionPeer peer = new SessionPeer(session, end);
        Optional<WebSocketChannel> opened = end == null ? Optional.empty() : connections.open(peer);
        if (opened.isEmpty()) {
            WebSocketLog.LOG.notRunning(String.valueOf(end == null ? null : end.address()));
            peer.close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "SIP endpoint not running"));
            return;
        }
        channel = opened.get();
        session.setMaxTextMessageBufferSize(MAX_MESSAGE_BYTES);
        session.setMaxBinaryMessageBufferSize(MAX_MESSAGE_BYTES);
        session.addMessageHandler(String.class, text -> channel.received(text.getBytes(StandardCharsets.UTF_8)));
        session.addMessageHandler(ByteBuffer.class, bytes -> {
            byte[] message = new byte[bytes.remaining()];
            bytes.get(message);
            channel.received(message);
        });
        LOG.debugf("SIP WebSocket open from %s", end.address());
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        WebSocketChannel closed = channel;
        if (closed != null) {
            LOG.debugf("SIP WebSocket from %s closed: %s", closed.getPeerAddress(), reason);
            connections.closed(closed);
        }
    }

    @Override
    public void onError(Session session, Throwable failure) {
        LOG.debugf(failure, "SIP WebSocket failed");
    }

    /** Carries the handshake's remote end into the WebSocket's session, and makes one endpoint per WebSocket. */
    private static final class Configurator extends ServerEndpointConfig.Configurator {

        private final WebSocketConnections connections;

        Configurator(WebSocketConnections connections) {
            this.connections = connections;
        }

        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            RemoteEnd end = HandshakeGate.handshaking();
            if (end != null) {
                // the container gives each handshake its own copy of the configuration
                config.getUserProperties().put(RemoteEnd.KEY, end);
            }
        }

        @Override
        public <T> T getEndpointInstance(Class<T> endpointClass) {
            return endpointClass.cast(new SipWebSocket(connections));
        }
    }

    /** A Jakarta WebSocket session as the SIP channel's peer; one SIP message per text message. */
    private static final class SessionPeer implements WebSocketPeer {

        private final Session session;
        private final RemoteEnd end;

        SessionPeer(Session session, RemoteEnd end) {
            this.session = session;
            this.end = end;
        }

        @Override
        public InetSocketAddress remote() {
            return end.address();
        }

        @Override
        public boolean secure() {
            return end.secure() || session.isSecure();
        }

        @Override
        public void send(String message) throws IOException {
            // one sender at a time: the basic remote refuses a second send while one is in progress
            synchronized (this) {
                session.getBasicRemote().sendText(message);
            }
        }

        @Override
        public void close(String reason) {
            close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, reason));
        }

        void close(CloseReason reason) {
            try {
                session.close(reason);
            } catch (IOException | RuntimeException e) {
                LOG.debugf(e, "Closing a SIP WebSocket failed");
            }
        }
    }
}
