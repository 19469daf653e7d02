package org.switchboard.sip;

import javax.sip.message.Request;

/**
 * Decides the outcome of one kind of request (one implementation per SIP method). The dispatcher turns
 * the outcome into the final response and sends it; a handler that throws gets a 500.
 */
public interface SipRequestHandler {

    /** The SIP method handled, in upper case, for example {@code OPTIONS}. */
    String method();

    /** The outcome for this request; never null. Called with the request's Call-ID in the MDC. */
    SipOutcome handle(Request request);

    /**
     * True when a retransmission of the request may simply be handled again, so that the answer needs no
     * server transaction. A transaction keeps the request, and over UDP its whole receive buffer, for 32
     * seconds: a probe that arrives thousands of times a second must not pay that. Requests with side effects
     * keep the default.
     */
    default boolean answeredStatelessly() {
        return false;
    }
}
