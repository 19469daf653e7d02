package org.switchboard.sip;

import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TooManyListenersException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sip.InvalidArgumentException;
import javax.sip.PeerUnavailableException;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.TransportNotSupportedException;

import org.switchboard.health.model.ListeningPoint;
import org.switchboard.sip.screen.ScreeningNetworkLayer;
import org.switchboard.sip.screen.ScreeningParserFactory;
import org.switchboard.sip.stack.StackProperties;
import org.switchboard.sip.stack.StackShutdown;
import org.switchboard.sip.websocket.WebSocketConnections;
import org.switchboard.sip.websocket.WebSocketProcessorFactory;
import org.switchboard.sip.websocket.WebSocketSettings;

import gov.nist.javax.sip.ListeningPointExt;
import gov.nist.javax.sip.SipStackImpl;

/**
 * The SIP endpoint: one JAIN-SIP stack with a UDP and a TCP listening point on the configured address, a WS
 * and a WSS one whose connections are the WebSockets WildFly accepts ({@link #webSockets()}), one provider, and
 * the dispatcher as its listener. Plain Java, so that it runs the same in the container and
 * in component tests; several can run in one JVM (each stack has its own name).
 *
 * <p>{@link #stop()} closes the sockets and ends the stack's threads (see {@link StackShutdown}); it takes
 * about a second, because JAIN-SIP sleeps for one second while stopping.
 */
public final class SipEndpoint {

    private static final AtomicLong STACKS = new AtomicLong();

    private final SipSettings settings;
    private final WebSocketSettings webSocketSettings;
    private final SipDispatcher dispatcher;
    private final SipSender sender;
    private SipStackImpl stack;
    private WebSocketConnections webSockets;
    private List<ListeningPoint> listeningPoints = List.of();

    public SipEndpoint(SipSettings settings, SipDispatcher dispatcher) {
        this(settings, dispatcher, new SipSender());
    }

    /** @param sender sends the server's own requests through this endpoint while it runs */
    public SipEndpoint(SipSettings settings, SipDispatcher dispatcher, SipSender sender) {
        this(settings, WebSocketSettings.from(key -> null), dispatcher, sender);
    }

    /** @param webSocketSettings the ports the WS and WSS listening points name (WildFly's HTTP and HTTPS ports) */
    public SipEndpoint(SipSettings settings, WebSocketSettings webSocketSettings, SipDispatcher dispatcher,
            SipSender sender) {
        this.settings = settings;
        this.webSocketSettings = webSocketSettings;
        this.dispatcher = dispatcher;
        this.sender = sender;
    }

    /**
     * Opens the listening points and starts the stack; does nothing when started already.
     *
     * @return where the endpoint listens
     * @throws CannotListen when an address or port cannot be bound; nothing is left open then
     */
    public synchronized List<ListeningPoint> start() {
        if (stack != null) {
            return listeningPoints;
        }
        SipStackImpl created = newStack();
        try {
            javax.sip.ListeningPoint udp = listen(created, javax.sip.ListeningPoint.UDP, settings.udpPort());
            javax.sip.ListeningPoint tcp = listen(created, javax.sip.ListeningPoint.TCP, settings.tcpPort());
            SipProvider provider = created.createSipProvider(udp);
            provider.addListeningPoint(tcp);
            provider.addListeningPoint(listen(created, ListeningPointExt.WS, webSocketSettings.port()));
            provider.addListeningPoint(listen(created, ListeningPointExt.WSS, webSocketSettings.securePort()));
            provider.addSipListener(dispatcher);
            created.start();
            ScreeningNetworkLayer sockets = (ScreeningNetworkLayer) created.getNetworkLayer();
            sockets.whenClosed((address, port) -> dispatcher.connectionClosed(new Peer(javax.sip.ListeningPoint.TCP, address, port)));
            WebSocketConnections connections = ((WebSocketProcessorFactory) created.getMessageProcessorFactory())
                    .connections();
            connections.whenClosed(dispatcher::connectionClosed);
            sender.attach(provider, (peer, address) -> isWebSocket(peer) ? connections.isOpen(address, peer.port())
                    : sockets.isOpen(address, peer.port()));
            dispatcher.answersThrough(sender);
            webSockets = connections;
            stack = created;
            listeningPoints = List.of(point(udp), point(tcp));
            return listeningPoints;
        } catch (CannotListen e) {
            StackShutdown.stop(created);
            throw e;
        } catch (SipException | TooManyListenersException | RuntimeException e) {
            StackShutdown.stop(created);
            throw new IllegalStateException("The SIP endpoint cannot start on " + settings, e);
        }
    }

    /** Stops the stack: the ports are free and its threads gone when this returns or shortly after. */
    public synchronized void stop() {
        if (stack == null) {
            return;
        }
        try {
            sender.detach();
            StackShutdown.stop(stack);
        } finally {
            stack = null;
            listeningPoints = List.of();
        }
    }

    /** Where the endpoint listens on its own sockets (UDP and TCP); empty while stopped. */
    public synchronized List<ListeningPoint> listeningPoints() {
        return listeningPoints;
    }

    /**
     * The WebSockets of the running endpoint, where the SIP WebSocket endpoint hands each new one; a WebSocket
     * opened while the endpoint is stopped is refused there.
     *
     * @throws IllegalStateException before the first start
     */
    public synchronized WebSocketConnections webSockets() {
        if (webSockets == null) {
            throw new IllegalStateException("the SIP endpoint has not started");
        }
        return webSockets;
    }

    private static boolean isWebSocket(Peer peer) {
        return peer.transport().equals(ListeningPointExt.WS) || peer.transport().equals(ListeningPointExt.WSS);
    }

    private static SipStackImpl newStack() {
        String name = "switchboard-sip-" + STACKS.incrementAndGet();
        Properties properties = StackProperties.named(name);
        // sockets that answer malformed requests with 400 before the stack drops them
        properties.setProperty("gov.nist.javax.sip.NETWORK_LAYER", ScreeningNetworkLayer.class.getName());
        properties.setProperty("gov.nist.javax.sip.MESSAGE_PARSER_FACTORY", ScreeningParserFactory.class.getName());
        // the stack's own UDP and TCP processors, plus WS and WSS over the WebSockets WildFly accepts
        properties.setProperty("gov.nist.javax.sip.MESSAGE_PROCESSOR_FACTORY",
                WebSocketProcessorFactory.class.getName());
        try {
            return new SipStackImpl(properties);
        } catch (PeerUnavailableException e) {
            throw new IllegalStateException("Cannot create the SIP stack " + name, e);
        }
    }

    private javax.sip.ListeningPoint listen(SipStackImpl on, String transport, int port) {
        try {
            return on.createListeningPoint(settings.bindAddress(), port, transport);
        } catch (InvalidArgumentException | TransportNotSupportedException e) {
            throw new CannotListen(transport, settings.bindAddress(), port, e);
        }
    }

    private static ListeningPoint point(javax.sip.ListeningPoint point) {
        return new ListeningPoint(point.getTransport().toLowerCase(Locale.ROOT), point.getIPAddress(), point.getPort());
    }
}
