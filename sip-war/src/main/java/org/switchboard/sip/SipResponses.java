package org.switchboard.sip;

import java.text.ParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import javax.sip.InvalidArgumentException;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;

/**
 * The one mapping from outcomes to SIP responses. Every response gets a To tag (RFC 3261 section 8.2.6.2);
 * reasons become reason phrases through {@link ReasonPhrase}. Responses to requests the stack could not
 * parse are not built here but written as text by the screen ({@code screen.BadRequestReply}), because there
 * is no parsed request to build them from.
 */
public final class SipResponses {

    private final MessageFactory messages = new MessageFactoryImpl();
    private final HeaderFactory headers = new HeaderFactoryImpl();
    private final List<String> allowedMethods;

    /** @param allowedMethods the methods that have a handler, listed in Allow */
    public SipResponses(Collection<String> allowedMethods) {
        this.allowedMethods = allowedMethods.stream().map(m -> m.toUpperCase(Locale.ROOT)).sorted().toList();
    }

    /** The final response for this outcome. */
    public Response answer(Request request, SipOutcome outcome) {
        try {
            if (outcome instanceof SipOutcome.Ok) {
                return create(request, Response.OK, null);
            }
            if (outcome instanceof SipOutcome.ConsoleSessionOpened opened) {
                Response response = create(request, Response.OK, null);
                response.addHeader(headers.createHeader(SipOutcome.ConsoleSessionOpened.SESSION_HEADER,
                        opened.sessionId()));
                return response;
            }
            if (outcome instanceof SipOutcome.Challenge challenge) {
                Response response = create(request, Response.UNAUTHORIZED, null);
                for (String value : challenge.challenges()) {
                    response.addHeader(headers.createHeader("WWW-Authenticate", value));
                }
                return response;
            }
            if (outcome instanceof SipOutcome.Capabilities capabilities) {
                Response response = create(request, Response.OK, null);
                allow(response);
                accept(response, capabilities.acceptedTypes());
                return response;
            }
            if (outcome instanceof SipOutcome.MethodNotAllowed) {
                Response response = create(request, Response.METHOD_NOT_ALLOWED, null);
                allow(response);
                return response;
            }
            if (outcome instanceof SipOutcome.UnsupportedMediaType unsupported) {
                Response response = create(request, Response.UNSUPPORTED_MEDIA_TYPE, null);
                accept(response, unsupported.acceptedTypes());
                return response;
            }
            if (outcome instanceof SipOutcome.BadRequest bad) {
                return create(request, Response.BAD_REQUEST, bad.reason());
            }
            if (outcome instanceof SipOutcome.Forbidden forbidden) {
                return create(request, Response.FORBIDDEN, forbidden.reason());
            }
            if (outcome instanceof SipOutcome.DoesNotExist unknown) {
                return create(request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, unknown.reason());
            }
            if (outcome instanceof SipOutcome.Subscribed subscribed) {
                Response response = create(request, Response.OK, null);
                ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(subscribed.toTag());
                response.addHeader(headers.createExpiresHeader(subscribed.expires()));
                response.addHeader(headers.createHeader("Contact", "<" + subscribed.contact() + ">"));
                return response;
            }
            if (outcome instanceof SipOutcome.Published published) {
                Response response = create(request, Response.OK, null);
                response.addHeader(headers.createSIPETagHeader(published.entityTag()));
                response.addHeader(headers.createExpiresHeader(published.expires()));
                return response;
            }
            if (outcome instanceof SipOutcome.NotFound notFound) {
                return create(request, Response.NOT_FOUND, notFound.reason());
            }
            if (outcome instanceof SipOutcome.NotAcceptable notAcceptable) {
                Response response = create(request, Response.NOT_ACCEPTABLE, notAcceptable.reason());
                accept(response, notAcceptable.acceptedTypes());
                return response;
            }
            if (outcome instanceof SipOutcome.ConditionalRequestFailed failed) {
                return create(request, Response.CONDITIONAL_REQUEST_FAILED, failed.reason());
            }
            if (outcome instanceof SipOutcome.IntervalTooBrief brief) {
                Response response = create(request, Response.INTERVAL_TOO_BRIEF, null);
                response.addHeader(headers.createMinExpiresHeader(brief.minExpires()));
                return response;
            }
            if (outcome instanceof SipOutcome.BadEvent bad) {
                Response response = create(request, Response.BAD_EVENT, "Event package '" + bad.event()
                        + "' is not handled here");
                for (String event : bad.allowedEvents()) {
                    response.addHeader(headers.createAllowEventsHeader(event));
                }
                return response;
            }
            if (outcome instanceof SipOutcome.ServerError error) {
                return create(request, Response.SERVER_INTERNAL_ERROR, error.reason());
            }
            if (outcome instanceof SipOutcome.Overloaded overloaded) {
                Response response = create(request, Response.SERVICE_UNAVAILABLE, overloaded.reason());
                response.addHeader(headers.createRetryAfterHeader(overloaded.retryAfterSeconds()));
                return response;
            }
            if (outcome instanceof SipOutcome.Unavailable unavailable) {
                return create(request, Response.SERVICE_UNAVAILABLE, unavailable.reason());
            }
            throw new IllegalArgumentException("no response mapped for " + outcome);
        } catch (ParseException | InvalidArgumentException e) {
            throw new IllegalArgumentException("cannot build the response for " + outcome, e);
        }
    }

    private Response create(Request request, int status, String reason) throws ParseException {
        Response response = messages.createResponse(status, request);
        if (reason != null) {
            response.setReasonPhrase(ReasonPhrase.of(reason, response.getReasonPhrase()));
        }
        ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
        if (to != null && to.getTag() == null) {
            to.setTag(Long.toHexString(ThreadLocalRandom.current().nextLong()));
        }
        return response;
    }

    private void allow(Response response) throws ParseException {
        for (String method : allowedMethods) {
            response.addHeader(headers.createAllowHeader(method));
        }
    }

    private void accept(Response response, List<String> types) throws ParseException {
        for (String type : types) {
            String[] parts = type.split("/", 2);
            response.addHeader(headers.createAcceptHeader(parts[0], parts.length > 1 ? parts[1] : "*"));
        }
    }
}
