package org.switchboard.sip.websocket;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Locale;

import gov.nist.javax.sip.stack.MessageProcessor;
import gov.nist.javax.sip.stack.MessageProcessorFactory;
import gov.nist.javax.sip.stack.OIOMessageProcessorFactory;
import gov.nist.javax.sip.stack.SIPTransactionStack;

/**
 * The stack's message processors ({@code gov.nist.javax.sip.MESSAGE_PROCESSOR_FACTORY}; the stack makes one
 * instance): UDP and TCP are the stack's own blocking processors, exactly as without this factory, so that the
 * screening sockets keep working; {@code WS} and {@code WSS} are {@link WebSocketProcessor}s, whose channels are the
 * WebSockets WildFly accepted ({@link #connections()}). The factory property is stack-wide, which is why the
 * stack's own NIO WebSocket processors cannot be had without giving up the screened TCP and UDP sockets.
 */
public final class WebSocketProcessorFactory implements MessageProcessorFactory {

    static final String WS = "WS";
    static final String WSS = "WSS";

    private final MessageProcessorFactory sockets = new OIOMessageProcessorFactory();
    private final WebSocketConnections connections = new WebSocketConnections();

    @Override
    public MessageProcessor createMessageProcessor(SIPTransactionStack stack, InetAddress address, int port,
            String transport) throws IOException {
        String upper = transport.toUpperCase(Locale.ROOT);
        if (upper.equals(WS) || upper.equals(WSS)) {
            return new WebSocketProcessor(stack, address, port, upper, connections);
        }
        return sockets.createMessageProcessor(stack, address, port, transport);
    }

    /** The WebSockets of this factory's stack. */
    public WebSocketConnections connections() {
        return connections;
    }
}
