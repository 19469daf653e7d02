package org.switchboard.sip.websocket;

import java.io.IOException;
import java.net.InetAddress;

import gov.nist.core.HostPort;
import gov.nist.javax.sip.stack.MessageChannel;
import gov.nist.javax.sip.stack.MessageProcessor;
import gov.nist.javax.sip.stack.SIPTransactionStack;

/**
 * The stack's {@code WS} or {@code WSS} transport. It opens no socket: WildFly listens, and each WebSocket it
 * accepts becomes a channel ({@link WebSocketConnections}). A channel "to" a peer is the peer's own open
 * WebSocket; there is none for a peer whose WebSocket is closed, since the server never connects to a browser.
 * Its address and port are the SIP bind address and WildFly's HTTP (or HTTPS) port, as named in the Via of the
 * server's requests.
 */
final class WebSocketProcessor extends MessageProcessor {

    private final WebSocketConnections connections;

    WebSocketProcessor(SIPTransactionStack stack, InetAddress address, int port, String transport,
            WebSocketConnections connections) {
        super(address, port, transport, stack);
        this.connections = connections;
        connections.serve(this);
    }

    @Override
    public SIPTransactionStack getSIPStack() {
        return sipStack;
    }

    @Override
    public MessageChannel createMessageChannel(HostPort target) throws IOException {
        return createMessageChannel(target.getInetAddress(), target.getPort());
    }

    @Override
    public MessageChannel createMessageChannel(InetAddress address, int port) throws IOException {
        return connections.to(address, port).orElseThrow(() -> new IOException("no open WebSocket from "
                + address.getHostAddress() + ":" + port + "; the server never connects to a WebSocket client"));
    }

    @Override
    public void start() {
        connections.serve(this);
    }

    @Override
    public void stop() {
        connections.stopped(this);
    }

    @Override
    public int getDefaultTargetPort() {
        return isSecure() ? 443 : 80;
    }

    @Override
    public boolean isSecure() {
        return WebSocketProcessorFactory.WSS.equals(transport);
    }

    @Override
    public int getMaximumMessageSize() {
        return Integer.MAX_VALUE;
    }

    @Override
    public boolean inUse() {
        return connections.any(this);
    }
}
