package org.switchboard.sip.presence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.SIPIfMatchHeader;
import javax.sip.message.Request;

import org.switchboard.presence.PresenceAccounts.SipCredentials;
import org.switchboard.presence.PresenceDesk;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.runtime.LogContext;
import org.switchboard.sip.InboundRequest;
import org.switchboard.sip.SipOutcome;

import gov.nist.javax.sip.Utils;

/**
 * PUBLISH of the presence event package (RFC 3903): each publication is a PUBLICATION login of the user the
 * Request-URI names, whose status is what its PIDF says (a closed tuple alone: no login while it says so), with the
 * PIDF's note, when it has one, as the user's note. The answer carries a new SIP-ETag and Expires each time. A
 * PUBLISH with SIP-If-Match refreshes (no body), modifies (a body) or, with Expires 0, removes the publication; an
 * entity tag the server does not hold, or whose login the presence service no longer has (it restarted), gets 412
 * and the publisher publishes afresh. A body that is not PIDF gets 400 with the reason, a body of another type 415.
 * A fresh publication (no SIP-If-Match) replaces the earlier one of the same user from the same publisher (From URI,
 * address and port). An account publishes only for its own user: for another, 403.
 */
final class PublishHandler extends PresenceHandler {

    private final Map<String, Publication> byTag = new ConcurrentHashMap<>();
    private final PresenceDesk desk;
    private final PresenceSipSettings settings;
    private final Clock clock;
    private final PidfCodec codec = new PidfCodec();

    PublishHandler(PresenceAuthentication authentication, PresenceDesk desk, PresenceSipSettings settings,
            Clock clock) {
        super(authentication);
        this.desk = desk;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String method() {
        return Request.PUBLISH;
    }

    @Override
    @SuppressWarnings("try") // the log context is only opened and closed
    SipOutcome decide(InboundRequest inbound, SipCredentials account) {
        Request request = inbound.request();
        Optional<SipOutcome> wrongEvent = PresenceRequests.wrongEvent(request);
        if (wrongEvent.isPresent()) {
            return wrongEvent.get();
        }
        PresenceRequests.Checked<UserId> user = PresenceRequests.user(request);
        if (user.refused()) {
            return user.refusal();
        }
        if (!account.user().equals(user.value())) {
            String reason = "login " + account.login() + " may publish only for user " + account.user();
            PresenceSipLog.LOG.publishForbidden(inbound.peer().describe(), account.login(), reason);
            return new SipOutcome.Forbidden(reason);
        }
        PresenceRequests.Checked<Integer> expires = PresenceRequests.expires(request, settings.publicationMinExpires(),
                settings.publicationMaxExpires());
        if (expires.refused()) {
            return expires.refusal();
        }
        try (LogContext ignored = LogContext.with(LogContext.USER, user.value().value())) {
            SIPIfMatchHeader ifMatch = (SIPIfMatchHeader) request.getHeader(SIPIfMatchHeader.NAME);
            return ifMatch == null ? initial(inbound, user.value(), expires.value())
                    : update(inbound, ifMatch.getETag(), user.value(), expires.value());
        }
    }

    private SipOutcome initial(InboundRequest inbound, UserId user, int expires) {
        if (expires == 0) {
            return new SipOutcome.BadRequest("Expires 0 removes a publication named by SIP-If-Match");
        }
        PresenceRequests.Checked<Pidf> pidf = body(inbound);
        if (pidf.refused()) {
            return pidf.refusal();
        }
        String tag = newTag();
        String origin = ((FromHeader) inbound.request().getHeader(FromHeader.NAME)).getAddress().getURI().toString();
        String publisher = origin + " " + inbound.peer().describe();
        Publication publication = apply(new Publication(tag, tag, user, origin, publisher, PresenceStatus.OFFLINE,
                expires, clock.instant()), pidf.value(), expires, tag);
        replaceEarlier(publication);
        return new SipOutcome.Published(publication.entityTag(), expires);
    }

    /**
     * A publisher that publishes afresh (no SIP-If-Match) for the same user from the same place has forgotten its
     * earlier publication (baresip does so when its status changes before its first answer): the earlier one ends
     * now rather than stating an old status until it expires. Its login ends after the new one began.
     */
    private void replaceEarlier(Publication publication) {
        for (Publication earlier : byTag.values()) {
            if (earlier != publication && earlier.user().equals(publication.user())
                    && earlier.publisher().equals(publication.publisher()) && byTag.remove(earlier.entityTag(), earlier)
                    && earlier.loggedIn()) {
                desk.logOut(earlier.login(), "replaced by publication " + publication.key());
            }
        }
    }

    private SipOutcome update(InboundRequest inbound, String tag, UserId user, int expires) {
        Publication publication = byTag.get(tag);
        if (publication == null || !publication.user().equals(user)) {
            return new SipOutcome.ConditionalRequestFailed("No publication with entity tag " + tag);
        }
        if (expires == 0) {
            byTag.remove(tag, publication);
            if (publication.loggedIn()) {
                desk.logOut(publication.login(), "publication removed");
            }
            return new SipOutcome.Published(tag, 0);
        }
        if (hasBody(inbound.request())) {
            PresenceRequests.Checked<Pidf> pidf = body(inbound);
            if (pidf.refused()) {
                return pidf.refusal();
            }
            byTag.remove(tag, publication);
            return new SipOutcome.Published(apply(publication, pidf.value(), expires, newTag()).entityTag(), expires);
        }
        if (publication.loggedIn() && !renewed(publication, expires)) {
            byTag.remove(tag, publication);
            return new SipOutcome.ConditionalRequestFailed("The publication " + tag + " has ended; publish again");
        }
        byTag.remove(tag, publication);
        Publication refreshed = publication.next(newTag(), publication.status(), expires,
                clock.instant().plusSeconds(expires));
        byTag.put(refreshed.entityTag(), refreshed);
        return new SipOutcome.Published(refreshed.entityTag(), expires);
    }

    /** Keeps the login alive for {@code expires} more seconds; false when the presence service has no such login. */
    private boolean renewed(Publication publication, int expires) {
        if (expires == publication.expires()) {
            return desk.keepAlive(publication.login()).isPresent();
        }
        if (desk.logins(publication.user()).stream().noneMatch(login -> login.id().equals(publication.login()))) {
            return false;
        }
        desk.logIn(publication.user(), LoginKind.PUBLICATION, publication.key(), publication.origin(),
                publication.stated(), Duration.ofSeconds(expires));
        return true;
    }

    /** The publication's new state at the presence service, kept under a new entity tag. */
    private Publication apply(Publication before, Pidf pidf, int expires, String tag) {
        Publication after = before.next(tag, pidf.status(), expires, clock.instant().plusSeconds(expires));
        if (after.loggedIn()) {
            desk.logIn(after.user(), LoginKind.PUBLICATION, after.key(), after.origin(), after.stated(),
                    Duration.ofSeconds(expires));
        } else if (before.loggedIn()) {
            desk.logOut(before.login(), "publication closed");
        }
        pidf.note().ifPresent(note -> desk.setNote(after.user(), note));
        byTag.put(after.entityTag(), after);
        return after;
    }

    /** The PIDF of the body, or why there is none: no body (400), another type (415), an unreadable PIDF (400). */
    private PresenceRequests.Checked<Pidf> body(InboundRequest inbound) {
        Request request = inbound.request();
        if (!hasBody(request)) {
            return PresenceRequests.Checked.refused(
                    new SipOutcome.BadRequest("A PUBLISH without SIP-If-Match carries a PIDF body"));
        }
        if (!isPidf(request)) {
            return PresenceRequests.Checked.refused(new SipOutcome.UnsupportedMediaType(List.of(PidfCodec.MEDIA_TYPE)));
        }
        PidfCodec.Decoded decoded = codec.decode(request.getRawContent());
        if (decoded instanceof PidfCodec.Decoded.Invalid invalid) {
            PresenceSipLog.LOG.badPublication(inbound.peer().describe(), invalid.reason());
            return PresenceRequests.Checked.refused(new SipOutcome.BadRequest(invalid.reason()));
        }
        return PresenceRequests.Checked.ok(((PidfCodec.Decoded.Ok) decoded).pidf());
    }

    private static boolean hasBody(Request request) {
        byte[] body = request.getRawContent();
        return body != null && body.length > 0;
    }

    private static boolean isPidf(Request request) {
        ContentTypeHeader type = (ContentTypeHeader) request.getHeader(ContentTypeHeader.NAME);
        return type != null && "application".equalsIgnoreCase(type.getContentType())
                && "pidf+xml".equalsIgnoreCase(type.getContentSubType());
    }

    private static String newTag() {
        return Utils.getInstance().generateTag();
    }

    /** Forgets the publications that expired (their logins' leases end at the presence service by themselves). */
    void check() {
        Instant now = clock.instant();
        byTag.values().removeIf(publication -> !now.isBefore(publication.expiresAt()));
    }

    int size() {
        return byTag.size();
    }
}
