package org.switchboard.sip.presence;

import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;

import javax.sip.address.SipURI;
import javax.sip.header.AcceptHeader;
import javax.sip.header.EventHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.message.Request;

import org.switchboard.presence.model.UserId;
import org.switchboard.sip.SipOutcome;

/**
 * What SUBSCRIBE and PUBLISH of presence have in common, decided once: the event package, the user the
 * Request-URI names, the duration asked for, the body types the subscriber accepts. Each check gives the value or
 * the outcome that refuses the request.
 */
final class PresenceRequests {

    static final String EVENT = "presence";

    /** A value, or the outcome that refuses the request. */
    record Checked<T>(T value, SipOutcome refusal) {
        static <T> Checked<T> ok(T value) {
            return new Checked<>(value, null);
        }

        static <T> Checked<T> refused(SipOutcome refusal) {
            return new Checked<>(null, refusal);
        }

        boolean refused() {
            return refusal != null;
        }
    }

    private PresenceRequests() {
    }

    /** 489 unless the Event header names the presence package (parameters such as {@code id} aside). */
    static Optional<SipOutcome> wrongEvent(Request request) {
        EventHeader event = (EventHeader) request.getHeader(EventHeader.NAME);
        String type = event == null || event.getEventType() == null ? "" : event.getEventType().trim();
        return type.equalsIgnoreCase(EVENT) ? Optional.empty()
                : Optional.of(new SipOutcome.BadEvent(type.isEmpty() ? "(none)" : type, List.of(EVENT)));
    }

    /** The user of a {@code sip:} or {@code sips:} Request-URI: 400 without one, 404 when it cannot be a user. */
    static Checked<UserId> user(Request request) {
        if (!(request.getRequestURI() instanceof SipURI uri) || uri.getUser() == null || uri.getUser().isEmpty()) {
            return Checked.refused(new SipOutcome.BadRequest("The Request-URI names no user"));
        }
        return UserId.parse(uri.getUser()).map(Checked::ok).orElseGet(() -> Checked.refused(
                new SipOutcome.NotFound("No user " + uri.getUser() + " here")));
    }

    /**
     * The seconds granted: {@code max} without Expires or above it, 0 as asked, 423 with Min-Expires below
     * {@code min}.
     */
    static Checked<Integer> expires(Request request, int min, int max) {
        ExpiresHeader header = (ExpiresHeader) request.getHeader(ExpiresHeader.NAME);
        if (header == null) {
            return Checked.ok(max);
        }
        int asked = header.getExpires();
        if (asked == 0) {
            return Checked.ok(0);
        }
        if (asked < min) {
            return Checked.refused(new SipOutcome.IntervalTooBrief(min));
        }
        return Checked.ok(Math.min(asked, max));
    }

    /** True without Accept, or when an Accept value takes PIDF ({@code application/pidf+xml}, {@code application/*}, {@code *}{@code /*}). */
    @SuppressWarnings("unchecked") // JAIN-SIP 1.2 returns raw iterators of headers
    static boolean acceptsPidf(Request request) {
        ListIterator<?> accepts = request.getHeaders(AcceptHeader.NAME);
        if (accepts == null || !accepts.hasNext()) {
            return true;
        }
        while (accepts.hasNext()) {
            AcceptHeader accept = (AcceptHeader) accepts.next();
            String type = String.valueOf(accept.getContentType()).toLowerCase(Locale.ROOT);
            String subType = String.valueOf(accept.getContentSubType()).toLowerCase(Locale.ROOT);
            if (type.equals("*") || type.equals("application") && (subType.equals("*") || subType.equals("pidf+xml"))) {
                return true;
            }
        }
        return false;
    }
}
