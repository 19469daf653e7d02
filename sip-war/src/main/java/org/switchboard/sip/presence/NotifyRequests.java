package org.switchboard.sip.presence;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sip.InvalidArgumentException;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;

import org.switchboard.presence.model.SipWatch;
import org.switchboard.sip.Peer;

import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;

/**
 * Builds the NOTIFYs of a subscription's dialog (RFC 6665 section 4.2.2): Request-URI the subscriber's Contact,
 * From the watched user's URI with the server's tag, To the subscriber's URI with its tag, the route set, Event
 * presence, Subscription-State, the server's Contact and the PIDF body. The Via is the sender's to add.
 */
final class NotifyRequests {

    private static final MessageFactory MESSAGES = new MessageFactoryImpl();
    private static final HeaderFactory HEADERS = new HeaderFactoryImpl();
    private static final AddressFactory ADDRESSES = new AddressFactoryImpl();
    private static final int MAX_FORWARDS = 70;

    private NotifyRequests() {
    }

    /**
     * @param pidf the body; null for none
     * @param state the Subscription-State value, for example {@code active;expires=3590} or
     *              {@code terminated;reason=timeout}
     */
    static Request notify(SipWatch watch, long cseq, String state, String contact, byte[] pidf)
            throws ParseException, InvalidArgumentException {
        URI target = ADDRESSES.createURI(watch.remoteTarget());
        // a placeholder the sender replaces with its own Via
        ViaHeader via = HEADERS.createViaHeader("0.0.0.0", 9, "udp", null);
        Request request = MESSAGES.createRequest(target, Request.NOTIFY,
                HEADERS.createCallIdHeader(watch.callId()), HEADERS.createCSeqHeader(cseq, Request.NOTIFY),
                HEADERS.createFromHeader(address(watch.localUri()), watch.localTag()),
                HEADERS.createToHeader(address(watch.remoteUri()), watch.remoteTag()), new ArrayList<>(List.of(via)),
                HEADERS.createMaxForwardsHeader(MAX_FORWARDS));
        for (String route : watch.routeSet()) {
            request.addHeader(HEADERS.createHeader("Route", route));
        }
        request.addHeader(HEADERS.createEventHeader(PresenceRequests.EVENT));
        request.addHeader(HEADERS.createHeader("Subscription-State", state));
        request.addHeader(HEADERS.createHeader("Contact", "<" + contact + ">"));
        if (pidf != null) {
            request.setContent(pidf, HEADERS.createContentTypeHeader("application", "pidf+xml"));
        }
        return request;
    }

    /** The PIDF entity: the watched user's address of record, {@code sip:<user>@<host>} of the URI subscribed to. */
    static String entity(SipWatch watch) {
        try {
            if (address(watch.localUri()).getURI() instanceof SipURI uri && uri.getHost() != null) {
                return (uri.isSecure() ? "sips:" : "sip:") + watch.user().value() + "@" + uri.getHost();
            }
        } catch (ParseException e) {
            // the URI was parsed when the subscription began; the presence URI stands in
        }
        return "pres:" + watch.user().value();
    }

    /**
     * Where the NOTIFYs of a dialog go: the first route of its route set (the proxy nearest the server that
     * Record-Routed the SUBSCRIBE, RFC 3261 section 12.2.1.1, taken as a loose router) over the transport its URI
     * names (the subscription's own by default), or else the peer the SUBSCRIBE came from.
     */
    static Peer destination(SipWatch watch) {
        return firstRoute(watch).orElseGet(() -> SipSubscription.peer(watch));
    }

    /**
     * Where to connect when the destination's connection has closed: the first route itself (TCP), or else a TCP
     * subscriber's own Contact; none over UDP and WebSocket (a WebSocket client is never reached by a new connection).
     */
    static Peer fallback(SipWatch watch) {
        Optional<Peer> route = firstRoute(watch);
        if (route.isPresent()) {
            return route.get().transport().equals("TCP") ? route.get() : null;
        }
        if (!watch.transport().equals("TCP")) {
            return null;
        }
        try {
            if (ADDRESSES.createURI(watch.remoteTarget()) instanceof SipURI uri && uri.getHost() != null) {
                return new Peer("TCP", uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 5060);
            }
        } catch (ParseException e) {
            // no fallback: the Contact was taken as a URI when the subscription began
        }
        return null;
    }

    private static Optional<Peer> firstRoute(SipWatch watch) {
        if (watch.routeSet().isEmpty()) {
            return Optional.empty();
        }
        try {
            if (address(watch.routeSet().get(0)).getURI() instanceof SipURI uri && uri.getHost() != null) {
                String transport = uri.getTransportParam() == null ? watch.transport()
                        : uri.getTransportParam().toUpperCase(Locale.ROOT);
                return Optional.of(new Peer(transport, uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 5060));
            }
        } catch (ParseException e) {
            // the route was parsed when the subscription began; the peer stands in
        }
        return Optional.empty();
    }

    private static Address address(String uri) throws ParseException {
        return ADDRESSES.createAddress(uri);
    }
}
