package org.switchboard.sip;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Decides the outcome of one kind of request: one SIP method, and optionally only some body types. The
 * dispatcher turns the outcome into the final response and sends it; a handler that throws, or whose outcome
 * fails, gets a 500.
 */
public interface SipRequestHandler {

    /** The SIP method handled, in upper case, for example {@code OPTIONS}. */
    String method();

    /**
     * The body types taken (media types without parameters, lower case), for example the console command
     * type; empty when the handler takes every request of its method. A request of this method with another
     * type gets 415 listing the types taken.
     */
    default List<String> contentTypes() {
        return List.of();
    }

    /**
     * The outcome for this request; never null, and it must complete. Called with the request's Call-ID in
     * the MDC, on the stack's thread or on the request's lane ({@link #laneOf(InboundRequest)}).
     */
    CompletionStage<SipOutcome> handle(InboundRequest request);

    /**
     * The key of the serial lane this request is handled on, off the stack's thread: requests with one key are
     * handled one at a time, in the order they came. Null (the default) handles the request on the stack's
     * thread, which only a quick handler without I/O may do. Called on the stack's thread.
     */
    default Object laneOf(InboundRequest request) {
        return null;
    }

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
