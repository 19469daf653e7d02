package org.switchboard.testkit.sip;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import javax.sip.InvalidArgumentException;
import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;

import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;

/**
 * Builds the test agent's requests: a new Call-ID and From tag each, the Request-URI naming the target and
 * the transport (JAIN-SIP routes by it), and Via and Contact naming the agent.
 */
final class AgentRequests {

    private final SipTarget self;
    private final SipProvider provider;
    private final MessageFactory messages = new MessageFactoryImpl();
    private final HeaderFactory headers = new HeaderFactoryImpl();
    private final AddressFactory addresses = new AddressFactoryImpl();
    private final AtomicLong cseq = new AtomicLong();

    AgentRequests(SipTarget self, SipProvider provider) {
        this.self = self;
        this.provider = provider;
    }

    /** The next CSeq of requests out of a dialog (each has its own Call-ID, so one counter serves them all). */
    long nextCseq() {
        return cseq.incrementAndGet();
    }

    /** @param contentType {@code type/subtype}; null for no body */
    Request build(String method, SipTarget to, SipTransport transport, String contentType, String body) {
        return build(method, "switchboard", to, transport, contentType, body);
    }

    /** A request to {@code user} at the target, out of any dialog. */
    Request build(String method, String user, SipTarget to, SipTransport transport, String contentType, String body) {
        try {
            SipURI requestUri = addresses.createSipURI(user, to.host());
            requestUri.setPort(to.port());
            requestUri.setTransportParam(transport.id());
            Request request = messages.createRequest(requestUri, method,
                    provider.getNewCallId(),
                    headers.createCSeqHeader(cseq.incrementAndGet(), method),
                    headers.createFromHeader(addresses.createAddress(addresses.createSipURI("agent", self.host())), tag()),
                    headers.createToHeader(addresses.createAddress(requestUri), null),
                    new ArrayList<>(List.of(headers.createViaHeader(self.host(), self.port(), transport.id(), null))),
                    headers.createMaxForwardsHeader(70));
            request.addHeader(contact(transport));
            body(request, contentType, body);
            return request;
        } catch (ParseException | InvalidArgumentException e) {
            throw new IllegalArgumentException("cannot build " + method + " to " + to, e);
        }
    }

    /**
     * The next request of a dialog the agent started: its Call-ID and tags, the next CSeq, the Request-URI the
     * remote target; sent over {@code transport} to {@code to} (the agent routes by the Request-URI's transport).
     */
    Request inDialog(AgentDialog dialog, String method, SipTarget to, SipTransport transport, String contentType,
            String body) {
        try {
            SipURI requestUri = (SipURI) addresses.createURI(dialog.remoteTarget());
            requestUri.setHost(to.host());
            requestUri.setPort(to.port());
            requestUri.setTransportParam(transport.id());
            Request request = messages.createRequest(requestUri, method,
                    headers.createCallIdHeader(dialog.callId()),
                    headers.createCSeqHeader(dialog.nextCseq(), method),
                    headers.createFromHeader(addresses.createAddress(dialog.localUri()), dialog.localTag()),
                    headers.createToHeader(addresses.createAddress(dialog.remoteUri()), dialog.remoteTag()),
                    new ArrayList<>(List.of(headers.createViaHeader(self.host(), self.port(), transport.id(), null))),
                    headers.createMaxForwardsHeader(70));
            request.addHeader(contact(transport));
            body(request, contentType, body);
            return request;
        } catch (ParseException | InvalidArgumentException e) {
            throw new IllegalArgumentException("cannot build " + method + " in the dialog " + dialog.callId(), e);
        }
    }

    /** The agent's Contact on this transport. */
    private ContactHeader contact(SipTransport transport) throws ParseException {
        SipURI contact = addresses.createSipURI("agent", self.host());
        contact.setPort(self.port());
        contact.setTransportParam(transport.id());
        return headers.createContactHeader(addresses.createAddress(contact));
    }

    /** Adds header fields given as {@code name: value}. */
    void add(Request request, Map<String, String> extra) {
        try {
            for (Map.Entry<String, String> header : extra.entrySet()) {
                request.addHeader(headers.createHeader(header.getKey(), header.getValue()));
            }
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot add the headers " + extra, e);
        }
    }

    private void body(Request request, String contentType, String body) throws ParseException {
        if (contentType != null) {
            String[] type = contentType.split("/", 2);
            request.setContent(body.getBytes(StandardCharsets.UTF_8), headers.createContentTypeHeader(type[0], type[1]));
        }
    }

    private static String tag() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong());
    }
}
