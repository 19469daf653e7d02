package org.switchboard.sip.presence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;

import javax.sip.address.Address;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.RecordRouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;

import org.switchboard.presence.PresenceAccounts.SipCredentials;
import org.switchboard.presence.model.SipWatch;
import org.switchboard.presence.model.UserId;
import org.switchboard.runtime.LogContext;
import org.switchboard.sip.InboundRequest;
import org.switchboard.sip.Peer;
import org.switchboard.sip.SipOutcome;

import gov.nist.javax.sip.Utils;

/**
 * SUBSCRIBE to the presence event package (RFC 6665, RFC 3856). A new subscription gets 200 with Expires (the
 * asked duration within the settings' bounds; 423 with Min-Expires below the minimum), a dialog (the To tag) and the
 * server's Contact, then a NOTIFY with the current presence and one for every change. A SUBSCRIBE in the dialog
 * refreshes it (200, then a NOTIFY of the current presence) or, with Expires 0, ends it (200, then the final NOTIFY,
 * terminated). Expires 0 outside a dialog is a fetch: one final NOTIFY. Another event package gets 489, a
 * Request-URI without a user 400 and one whose user cannot be a user 404, a SUBSCRIBE in an unknown dialog 481, a
 * subscriber that accepts no PIDF 406. Every SUBSCRIBE, a refresh or an unsubscribe in a dialog too, is
 * authenticated; any account may watch any user, and refresh or end any subscription whose dialog it names.
 */
final class SubscribeHandler extends PresenceHandler {

    private final SipSubscriptions subscriptions;

    SubscribeHandler(PresenceAuthentication authentication, SipSubscriptions subscriptions) {
        super(authentication);
        this.subscriptions = subscriptions;
    }

    @Override
    public String method() {
        return Request.SUBSCRIBE;
    }

    @Override
    SipOutcome decide(InboundRequest inbound, SipCredentials account) {
        Request request = inbound.request();
        Optional<SipOutcome> wrongEvent = PresenceRequests.wrongEvent(request);
        if (wrongEvent.isPresent()) {
            return wrongEvent.get();
        }
        String toTag = ((ToHeader) request.getHeader(ToHeader.NAME)).getTag();
        if (toTag != null) {
            return inDialog(inbound, toTag);
        }
        PresenceRequests.Checked<UserId> user = PresenceRequests.user(request);
        if (user.refused()) {
            return user.refusal();
        }
        if (!PresenceRequests.acceptsPidf(request)) {
            return new SipOutcome.NotAcceptable("Presence is sent as " + PidfCodec.MEDIA_TYPE,
                    List.of(PidfCodec.MEDIA_TYPE));
        }
        PresenceRequests.Checked<Integer> expires = expires(request);
        if (expires.refused()) {
            return expires.refusal();
        }
        ContactHeader contact = (ContactHeader) request.getHeader(ContactHeader.NAME);
        if (contact == null) {
            return new SipOutcome.BadRequest("A SUBSCRIBE needs a Contact");
        }
        return begin(inbound, user.value(), expires.value(), contact.getAddress());
    }

    @SuppressWarnings("try") // the log context is only opened and closed
    private SipOutcome begin(InboundRequest inbound, UserId user, int expires, Address contact) {
        Request request = inbound.request();
        String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        FromHeader from = (FromHeader) request.getHeader(FromHeader.NAME);
        if (from.getTag() == null) {
            return new SipOutcome.BadRequest("The From of a SUBSCRIBE needs a tag");
        }
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        String localTag = Utils.getInstance().generateTag();
        Peer peer = inbound.peer();
        Instant now = subscriptions.clock().instant();
        SipWatch watch = new SipWatch(SipWatch.dialogId(callId, from.getTag(), localTag), user, callId, localTag,
                from.getTag(), to.getAddress().toString(), from.getAddress().toString(), contact.getURI().toString(),
                routeSet(request), peer.transport(), peer.address(), peer.port(), 0,
                ((CSeqHeader) request.getHeader(CSeqHeader.NAME)).getSeqNumber(), now.plusSeconds(expires));
        String serverContact = subscriptions.sender().contact(peer, user.value());
        try (LogContext ignored = LogContext.with(LogContext.USER, user.value())) {
            if (expires == 0) {
                SipSubscription fetch = new SipSubscription(subscriptions, watch);
                inbound.afterAnswer(() -> fetch.terminate("timeout", subscriptions.desk().fetch(user)));
            } else {
                SipSubscription subscription = subscriptions.add(watch);
                PresenceSipLog.LOG.subscribed(peer.describe(), user.value(), expires);
                // stored once the subscriber has its answer: the database never delays the 200
                inbound.afterAnswer(() -> {
                    subscriptions.save(watch);
                    subscriptions.start(subscription);
                });
            }
        }
        return new SipOutcome.Subscribed(localTag, expires, serverContact);
    }

    private SipOutcome inDialog(InboundRequest inbound, String toTag) {
        Request request = inbound.request();
        String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        String fromTag = ((FromHeader) request.getHeader(FromHeader.NAME)).getTag();
        Optional<SipSubscription> found = subscriptions.find(SipWatch.dialogId(callId, fromTag, toTag));
        if (found.isEmpty() || found.get().ended()) {
            return new SipOutcome.DoesNotExist("No such subscription");
        }
        SipSubscription subscription = found.get();
        PresenceRequests.Checked<Integer> expires = expires(request);
        if (expires.refused()) {
            return expires.refusal();
        }
        SipWatch watch = subscription.watch();
        String serverContact = subscriptions.sender().contact(inbound.peer(), watch.user().value());
        if (expires.value() == 0) {
            inbound.afterAnswer(() -> subscription.terminate("timeout", subscriptions.desk().fetch(watch.user())));
            return new SipOutcome.Subscribed(toTag, 0, serverContact);
        }
        subscription.refreshed(subscriptions.clock().instant().plusSeconds(expires.value()),
                ((CSeqHeader) request.getHeader(CSeqHeader.NAME)).getSeqNumber());
        inbound.afterAnswer(() -> {
            subscriptions.save(subscription.watch());
            subscription.notifyNow(subscriptions.desk().fetch(watch.user()));
        });
        return new SipOutcome.Subscribed(toTag, expires.value(), serverContact);
    }

    private PresenceRequests.Checked<Integer> expires(Request request) {
        PresenceSipSettings settings = subscriptions.settings();
        return PresenceRequests.expires(request, settings.subscriptionMinExpires(), settings.subscriptionMaxExpires());
    }

    @SuppressWarnings("unchecked") // JAIN-SIP 1.2 returns raw iterators of headers
    private static List<String> routeSet(Request request) {
        List<String> routes = new ArrayList<>();
        for (ListIterator<RecordRouteHeader> it = request.getHeaders(RecordRouteHeader.NAME); it.hasNext();) {
            routes.add(it.next().getAddress().toString());
        }
        return routes;
    }
}
