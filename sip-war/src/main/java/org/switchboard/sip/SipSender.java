package org.switchboard.sip;

import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;

import gov.nist.javax.sip.Utils;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;

/**
 * Sends requests from the server to a peer: the console's MESSAGE updates. A request for a peer that reached
 * us over a stream goes back over that peer's own connection: it is addressed to the peer's address and port
 * (where its connection comes from), and the stack finds that connection in its cache of incoming connections
 * (JAIN-SIP keeps them, {@code gov.nist.javax.sip.CACHE_SERVER_CONNECTIONS} is true by default). When that
 * connection has closed, the stack would have to connect to the client's ephemeral port, which fails: a closed
 * link is never replaced by a new connection the client did not open: a request for a stream peer whose
 * connection is no longer open fails at once, without the stack trying to connect. A WebSocket peer
 * ({@code Peer("WS", …)}) is reached the same way: the stack's WS processor finds the peer's own open WebSocket.
 *
 * <p>The provider is attached when the endpoint starts ({@link #attach(SipProvider)}); before that, and after it
 * stopped, sending fails.
 */
public final class SipSender {

    private static final String SERVER_USER = "switchboard";

    private final MessageFactory messages = new MessageFactoryImpl();
    private final HeaderFactory headers = new HeaderFactoryImpl();
    private final AddressFactory addresses = new AddressFactoryImpl();
    private volatile SipProvider provider;
    private volatile Predicate<Peer> connected = peer -> true;

    /** @param isOpen tells whether a stream peer's connection (TCP, or its WebSocket) is still open */
    void attach(SipProvider started, Predicate<Peer> isOpen) {
        connected = isOpen;
        provider = started;
    }

    void detach() {
        provider = null;
    }

    /** A new Call-ID for a series of requests to one peer. */
    public String newCallId() {
        SipProvider current = provider;
        if (current == null) {
            throw new IllegalStateException("the SIP endpoint is not started");
        }
        return current.getNewCallId().getCallId();
    }

    /**
     * Sends a MESSAGE to {@code peer} over its own connection; {@code listener} hears the final response or the
     * failure, once. Never throws: a request that cannot be sent is reported to the listener as failed.
     *
     * @param toUser the user part of the request URI and To, for example the receptionist's login
     * @param extraHeaders added as they are, for example the console session header
     */
    public void message(Peer peer, String toUser, String callId, long cseq, String contentType, byte[] body,
            Map<String, String> extraHeaders, SentRequest listener) {
        try {
            SipProvider current = provider;
            if (current == null) {
                listener.failed("the SIP endpoint is not started");
                return;
            }
            if (peer.onStream() && !connected.test(peer)) {
                listener.failed("the connection is closed");
                return;
            }
            Request request = build(current, peer, toUser, callId, cseq, contentType, body, extraHeaders);
            ClientTransaction transaction = current.getNewClientTransaction(request);
            transaction.setApplicationData(listener);
            transaction.sendRequest();
        } catch (SipException | ParseException | InvalidArgumentException | RuntimeException e) {
            listener.failed("cannot send: " + e.getMessage());
        }
    }

    private Request build(SipProvider current, Peer peer, String toUser, String callId, long cseq, String contentType,
            byte[] body, Map<String, String> extraHeaders) throws ParseException, InvalidArgumentException {
        String transport = peer.transport().toLowerCase(Locale.ROOT);
        ListeningPoint local = current.getListeningPoint(transport);
        if (local == null) {
            throw new IllegalStateException("no " + transport + " listening point");
        }
        SipURI target = addresses.createSipURI(toUser, peer.address());
        target.setPort(peer.port());
        target.setTransportParam(transport);
        SipURI server = addresses.createSipURI(SERVER_USER, local.getIPAddress());
        server.setPort(local.getPort());
        FromHeader from = headers.createFromHeader(addresses.createAddress(server), Utils.getInstance().generateTag());
        ToHeader to = headers.createToHeader(addresses.createAddress(addresses.createSipURI(toUser, peer.address())), null);
        ViaHeader via = headers.createViaHeader(local.getIPAddress(), local.getPort(), transport,
                Utils.getInstance().generateBranchId());
        CallIdHeader call = headers.createCallIdHeader(callId);
        CSeqHeader sequence = headers.createCSeqHeader(cseq, Request.MESSAGE);
        MaxForwardsHeader hops = headers.createMaxForwardsHeader(70);
        String[] type = contentType.split("/", 2);
        ContentTypeHeader typeHeader = headers.createContentTypeHeader(type[0], type[1]);
        Request request = messages.createRequest(target, Request.MESSAGE, call, sequence, from, to, List.of(via), hops,
                typeHeader, body);
        for (Map.Entry<String, String> header : extraHeaders.entrySet()) {
            request.addHeader(headers.createHeader(header.getKey(), header.getValue()));
        }
        return request;
    }
}
