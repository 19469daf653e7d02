package org.switchboard.sip.websocket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Locale;
import java.util.Set;

import org.jboss.logging.Logger;
import org.switchboard.runtime.LogContext;
import org.switchboard.sip.Peer;
import org.switchboard.sip.screen.ScreeningNetworkLayer;

import gov.nist.javax.sip.header.CSeq;
import gov.nist.javax.sip.header.CallID;
import gov.nist.javax.sip.header.ContentLength;
import gov.nist.javax.sip.header.From;
import gov.nist.javax.sip.header.RequestLine;
import gov.nist.javax.sip.header.StatusLine;
import gov.nist.javax.sip.header.To;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.parser.StringMsgParser;
import gov.nist.javax.sip.stack.MessageChannel;
import gov.nist.javax.sip.stack.RawMessageChannel;
import gov.nist.javax.sip.stack.SIPClientTransaction;
import gov.nist.javax.sip.stack.SIPTransaction;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import gov.nist.javax.sip.stack.ServerRequestInterface;
import gov.nist.javax.sip.stack.ServerResponseInterface;

/**
 * One open WebSocket as a channel of the stack. Each WebSocket message holds one whole SIP message (RFC 7118):
 * it is screened like a datagram (a malformed request answered 400 over this WebSocket, or logged and dropped),
 * parsed by the stack's parser, and handed to the stack's transaction layer as the stack's TCP channel hands its
 * messages: a request with {@code received} and {@code rport} set from the connection, to a server transaction
 * or the listener; a response to its client transaction. Everything the stack sends to this peer (responses,
 * the server's own requests) goes back as one text message over the same WebSocket. A bad message never closes
 * the WebSocket. Messages of one WebSocket arrive one at a time, in order.
 */
final class WebSocketChannel extends MessageChannel implements RawMessageChannel, ParseExceptionListener {

    private static final Logger LOG = Logger.getLogger(WebSocketChannel.class);

    /** The parts whose parse failure makes a message unusable, as for the stack's own channels. */
    private static final Set<Class<?>> REQUIRED = Set.of(RequestLine.class, StatusLine.class, Via.class, From.class,
            To.class, CallID.class, CSeq.class, ContentLength.class);

    private final WebSocketPeer peer;
    private final StringMsgParser parser = new StringMsgParser();

    WebSocketChannel(WebSocketProcessor processor, WebSocketPeer peer) {
        this.messageProcessor = processor;
        this.peer = peer;
    }

    WebSocketPeer peer() {
        return peer;
    }

    /** The peer as the dispatcher and the console links know it. */
    Peer sipPeer() {
        return new Peer(getTransport(), getPeerAddress(), getPeerPort());
    }

    /** One WebSocket message: one SIP message, or a keep-alive (blank lines), which is skipped. */
    @SuppressWarnings("try") // the log context is only opened and closed
    void received(byte[] message) {
        if (new String(message, StandardCharsets.ISO_8859_1).isBlank()) {
            return;
        }
        String source = getPeerAddress() + ":" + getPeerPort();
        if (getSIPStack().getNetworkLayer() instanceof ScreeningNetworkLayer screen
                && !screen.admitWhole(message, getTransport().toLowerCase(Locale.ROOT), source, this::reply)) {
            return;
        }
        SIPMessage parsed;
        try {
            parsed = parser.parseSIPMessage(message, true, false, this);
        } catch (ParseException | RuntimeException e) {
            WebSocketLog.LOG.unparsableDropped(getTransport().toLowerCase(Locale.ROOT) + " " + source, e.getMessage());
            return;
        }
        if (parsed == null) {
            return;
        }
        try (LogContext ignored = LogContext.only(LogContext.SIP, parsed.getCallId() == null ? null
                : parsed.getCallId().getCallId())) {
            processMessage(parsed);
        } catch (Exception e) {
            WebSocketLog.LOG.notTaken(getTransport().toLowerCase(Locale.ROOT) + " " + source, e);
        }
    }

    private void reply(byte[] bytes) {
        try {
            send(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void processMessage(SIPMessage message) throws ParseException {
        InetAddress address = getPeerInetAddress();
        int port = getPeerPort();
        message.setRemoteAddress(address);
        message.setRemotePort(port);
        message.setPeerPacketSourceAddress(address);
        message.setPeerPacketSourcePort(port);
        message.setLocalAddress(messageProcessor.getIpAddress());
        message.setLocalPort(messageProcessor.getPort());
        if (message instanceof SIPRequest request) {
            take(request, address, port);
        } else {
            take((SIPResponse) message);
        }
    }

    private void take(SIPRequest request, InetAddress address, int port) throws ParseException {
        // where the answer goes: this connection, whatever host the client named (a browser names a .invalid one)
        Via via = request.getTopmostVia();
        via.setParameter(Via.RECEIVED, address.getHostAddress());
        via.setParameter(Via.RPORT, Integer.toString(port));
        ServerRequestInterface handler = getSIPStack().newSIPServerRequest(request, this);
        if (handler == null) {
            LOG.debugf("The stack took no %s request from %s", request.getMethod(), getPeerAddress());
            return;
        }
        try {
            handler.processRequest(request, this);
        } finally {
            release(handler);
        }
    }

    private void take(SIPResponse response) {
        try {
            response.checkHeaders();
        } catch (ParseException e) {
            WebSocketLog.LOG.unparsableDropped(getTransport().toLowerCase(Locale.ROOT) + " " + getPeerAddress() + ":"
                    + getPeerPort(), "response " + e.getMessage());
            return;
        }
        ServerResponseInterface handler = getSIPStack().newSIPServerResponse(response, this);
        if (handler == null) {
            LOG.debugf("No transaction takes the %d response from %s", response.getStatusCode(), getPeerAddress());
            return;
        }
        try {
            if (handler instanceof SIPClientTransaction client && !client.checkFromTag(response)) {
                LOG.debugf("Response with another From tag than its request dropped");
                return;
            }
            handler.processResponse(response, this);
        } finally {
            release(handler);
        }
    }

    private static void release(Object handler) {
        if (handler instanceof SIPTransaction transaction && !transaction.passToListener()) {
            transaction.releaseSem();
        }
    }

    @Override
    public void handleException(ParseException ex, SIPMessage message, @SuppressWarnings("rawtypes") Class headerClass,
            String header, String text) throws ParseException {
        if (headerClass == null || REQUIRED.contains(headerClass)) {
            throw ex;
        }
        message.addUnparsed(header);
    }

    @Override
    public void sendMessage(SIPMessage message) throws IOException {
        send(message.encodeAsBytes(getTransport()));
    }

    @Override
    protected void sendMessage(byte[] message, InetAddress address, int port, boolean reconnect) throws IOException {
        // the only way to the peer is its WebSocket
        send(message);
    }

    private void send(byte[] message) throws IOException {
        peer.send(new String(message, StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        peer.close("closed by the SIP stack");
    }

    @Override
    public SIPTransactionStack getSIPStack() {
        return messageProcessor.getSIPStack();
    }

    @Override
    public String getTransport() {
        return messageProcessor.getTransport();
    }

    @Override
    public boolean isReliable() {
        return true;
    }

    @Override
    public boolean isSecure() {
        return messageProcessor.isSecure();
    }

    @Override
    public String getPeerAddress() {
        return getPeerInetAddress().getHostAddress();
    }

    @Override
    protected InetAddress getPeerInetAddress() {
        return peer.remote().getAddress();
    }

    @Override
    protected String getPeerProtocol() {
        return getTransport();
    }

    @Override
    public int getPeerPort() {
        return peer.remote().getPort();
    }

    @Override
    public int getPeerPacketSourcePort() {
        return getPeerPort();
    }

    @Override
    public InetAddress getPeerPacketSourceAddress() {
        return getPeerInetAddress();
    }

    @Override
    public String getKey() {
        return getKey(getPeerInetAddress(), getPeerPort(), getTransport());
    }

    @Override
    public String getViaHost() {
        return messageProcessor.getSavedIpAddress();
    }

    @Override
    public int getViaPort() {
        return messageProcessor.getPort();
    }
}
