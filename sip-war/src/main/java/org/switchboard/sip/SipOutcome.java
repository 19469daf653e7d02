package org.switchboard.sip;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What a handler decided about a request. {@link SipResponses} turns each outcome into exactly one final
 * response, so that handlers never build responses and every status is mapped in one place.
 */
public sealed interface SipOutcome {

    /** An outcome known at once, as the stage a handler returns. */
    static CompletionStage<SipOutcome> now(SipOutcome outcome) {
        return CompletableFuture.completedFuture(outcome);
    }

    /** 200. */
    record Ok() implements SipOutcome {
    }

    /**
     * 200 to a console log in: the session is open, and its id is in the {@value #SESSION_HEADER} header, which
     * the client sends with every later command of the session.
     */
    record ConsoleSessionOpened(String sessionId) implements SipOutcome {
        /** The header that names a console session in requests and in the answer to a log in. */
        public static final String SESSION_HEADER = "Switchboard-Session";

        public ConsoleSessionOpened {
            Objects.requireNonNull(sessionId, "sessionId");
        }
    }

    /** 401: authenticate first; one WWW-Authenticate header per challenge, the preferred one first. */
    record Challenge(List<String> challenges) implements SipOutcome {
        public Challenge {
            challenges = List.copyOf(challenges);
            if (challenges.isEmpty()) {
                throw new IllegalArgumentException("a 401 needs a challenge");
            }
        }
    }

    /** 200 to OPTIONS, with Allow (the methods handled) and Accept (the body types taken). */
    record Capabilities(List<String> acceptedTypes) implements SipOutcome {
        public Capabilities {
            acceptedTypes = List.copyOf(acceptedTypes);
        }
    }

    /** 400: the request is malformed, for example an unreadable body. */
    record BadRequest(String reason) implements SipOutcome {
        public BadRequest {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** 403: the request is understood but not allowed now; the reason names the state and the command. */
    record Forbidden(String reason) implements SipOutcome {
        public Forbidden {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** 405: no handler for this method; the response lists the methods that have one. */
    record MethodNotAllowed() implements SipOutcome {
    }

    /** 415: a body type the handler does not take; the response lists the ones it takes. */
    record UnsupportedMediaType(List<String> acceptedTypes) implements SipOutcome {
        public UnsupportedMediaType {
            acceptedTypes = List.copyOf(acceptedTypes);
        }
    }

    /** 481: the request refers to a transaction or session this server does not know. */
    record DoesNotExist(String reason) implements SipOutcome {
        public DoesNotExist {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * 200 to a SUBSCRIBE: the subscription is accepted (RFC 6665) for {@code expires} seconds, in the dialog whose
     * local tag is {@code toTag}, with the server's {@code contact} (a SIP URI) as the dialog's remote target.
     */
    record Subscribed(String toTag, int expires, String contact) implements SipOutcome {
        public Subscribed {
            Objects.requireNonNull(toTag, "toTag");
            Objects.requireNonNull(contact, "contact");
            if (expires < 0) {
                throw new IllegalArgumentException("Expires is not negative");
            }
        }
    }

    /** 200 to a PUBLISH: the event state is kept for {@code expires} seconds under the SIP-ETag {@code entityTag}. */
    record Published(String entityTag, int expires) implements SipOutcome {
        public Published {
            Objects.requireNonNull(entityTag, "entityTag");
            if (expires < 0) {
                throw new IllegalArgumentException("Expires is not negative");
            }
        }
    }

    /** 404: the Request-URI names nobody this server knows of. */
    record NotFound(String reason) implements SipOutcome {
        public NotFound {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** 406: the client accepts none of the body types the answer would carry ({@code acceptedTypes}). */
    record NotAcceptable(String reason, List<String> acceptedTypes) implements SipOutcome {
        public NotAcceptable {
            Objects.requireNonNull(reason, "reason");
            acceptedTypes = List.copyOf(acceptedTypes);
        }
    }

    /** 412: a PUBLISH names an entity tag (SIP-If-Match) the server does not hold (RFC 3903). */
    record ConditionalRequestFailed(String reason) implements SipOutcome {
        public ConditionalRequestFailed {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** 423 with Min-Expires: the asked duration is shorter than the server allows. */
    record IntervalTooBrief(int minExpires) implements SipOutcome {
        public IntervalTooBrief {
            if (minExpires < 1) {
                throw new IllegalArgumentException("Min-Expires is at least one second");
            }
        }
    }

    /** 489 with Allow-Events: an event package the server does not handle (RFC 6665). */
    record BadEvent(String event, List<String> allowedEvents) implements SipOutcome {
        public BadEvent {
            Objects.requireNonNull(event, "event");
            allowedEvents = List.copyOf(allowedEvents);
        }
    }

    /** 500: the handler failed. */
    record ServerError(String reason) implements SipOutcome {
        public ServerError {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** 503 with Retry-After: the server has no room for the request now; the client may retry later. */
    record Overloaded(String reason, int retryAfterSeconds) implements SipOutcome {
        public Overloaded {
            Objects.requireNonNull(reason, "reason");
            if (retryAfterSeconds < 1) {
                throw new IllegalArgumentException("Retry-After must be at least one second");
            }
        }
    }

    /** 503: this server does not take calls now. */
    record Unavailable(String reason) implements SipOutcome {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * No response at all, on purpose: the OPTIONS of the PBX's qualify while this site refuses calls. Asterisk counts
     * any answer, a 503 included, as reachable; only silence makes its ChanIsAvail fail. Only for requests answered
     * statelessly, so no server transaction waits for a response.
     */
    record Unanswered(String reason) implements SipOutcome {
        public Unanswered {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
