package org.switchboard.sip;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.Header;
import javax.sip.header.HeaderFactory;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;

import gov.nist.javax.sip.ListeningPointImpl;
import gov.nist.javax.sip.Utils;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.stack.MessageChannel;
import gov.nist.javax.sip.stack.MessageProcessor;

/**
 * The parts of every MESSAGE to one peer under one Call-ID, built once by the running provider ({@link SipSender}):
 * the request URI, From (with its tag), To, Call-ID, a Via without branch, Max-Forwards, Content-Type and the
 * extra headers, the peer's resolved address and the stack's message processor for its transport. A request
 * shares these header objects, which are never changed once built; the series sends one request at a time.
 */
final class RequestTemplate {

    /** The start of every RFC 3261 branch. */
    static final String MAGIC_COOKIE = "z9hG4bK";

    private static final String SERVER_USER = "switchboard";
    private static final int MAX_FORWARDS = 70;
    private static final MessageFactory MESSAGES = new MessageFactoryImpl();
    private static final HeaderFactory HEADERS = new HeaderFactoryImpl();
    private static final AddressFactory ADDRESSES = new AddressFactoryImpl();

    private final SipProvider provider;
    private final InetAddress address;
    private final MessageProcessor processor;
    private final int port;
    private final SipURI target;
    private final CallIdHeader callId;
    private final FromHeader from;
    private final ToHeader to;
    private final Via via;
    private final MaxForwardsHeader hops;
    private final ContentTypeHeader contentType;
    private final List<Header> extraHeaders;

    private RequestTemplate(SipProvider provider, InetAddress address, MessageProcessor processor, int port, SipURI target,
            CallIdHeader callId, FromHeader from, ToHeader to, Via via, ContentTypeHeader contentType,
            List<Header> extraHeaders) throws InvalidArgumentException {
        this.provider = provider;
        this.address = address;
        this.processor = processor;
        this.port = port;
        this.target = target;
        this.callId = callId;
        this.from = from;
        this.to = to;
        this.via = via;
        this.hops = HEADERS.createMaxForwardsHeader(MAX_FORWARDS);
        this.contentType = contentType;
        this.extraHeaders = extraHeaders;
    }

    static RequestTemplate of(SipProvider provider, Peer peer, String toUser, String callId, String contentType,
            Map<String, String> extraHeaders) throws ParseException, InvalidArgumentException, UnknownHostException {
        String transport = peer.transport().toLowerCase(Locale.ROOT);
        ListeningPoint local = provider.getListeningPoint(transport);
        if (local == null) {
            throw new IllegalStateException("no " + transport + " listening point");
        }
        InetAddress address = InetAddress.getByName(peer.address());
        SipURI target = ADDRESSES.createSipURI(toUser, peer.address());
        target.setPort(peer.port());
        target.setTransportParam(transport);
        SipURI server = ADDRESSES.createSipURI(SERVER_USER, local.getIPAddress());
        server.setPort(local.getPort());
        FromHeader from = HEADERS.createFromHeader(ADDRESSES.createAddress(server), Utils.getInstance().generateTag());
        ToHeader to = HEADERS.createToHeader(ADDRESSES.createAddress(ADDRESSES.createSipURI(toUser, peer.address())), null);
        Via via = (Via) HEADERS.createViaHeader(local.getIPAddress(), local.getPort(), transport, null);
        String[] type = contentType.split("/", 2);
        List<Header> extra = new ArrayList<>();
        for (Map.Entry<String, String> header : extraHeaders.entrySet()) {
            extra.add(HEADERS.createHeader(header.getKey(), header.getValue()));
        }
        return new RequestTemplate(provider, address, ((ListeningPointImpl) local).getMessageProcessor(), peer.port(),
                target, HEADERS.createCallIdHeader(callId), from, to,
                via, HEADERS.createContentTypeHeader(type[0], type[1]), List.copyOf(extra));
    }

    /** True when built by this provider (a restarted endpoint has another, with other channels). */
    boolean of(SipProvider current) {
        return provider == current;
    }

    /** The peer's address, resolved once. */
    InetAddress address() {
        return address;
    }

    Request request(long cseq, String branch, byte[] body) throws ParseException, InvalidArgumentException {
        Via branched = (Via) via.clone();
        branched.setBranch(branch);
        Request request = MESSAGES.createRequest(target, Request.MESSAGE, callId,
                HEADERS.createCSeqHeader(cseq, Request.MESSAGE), from, to, List.of(branched), hops, contentType, body);
        for (Header header : extraHeaders) {
            request.addHeader(header);
        }
        return request;
    }

    /**
     * Writes the request on the peer's connection, without a client transaction, through the channel the stack
     * has for the peer now (a closed one is replaced in the stack's cache, as the client transaction found it).
     */
    void send(Request request) throws IOException {
        MessageChannel channel = processor.createMessageChannel(address, port);
        channel.sendMessage((SIPMessage) request);
    }
}
