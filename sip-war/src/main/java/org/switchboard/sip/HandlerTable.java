package org.switchboard.sip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sip.header.ContentTypeHeader;
import javax.sip.message.Request;

/**
 * Which handler takes a request: the one registered for its method and its body type, else the one for its
 * method that takes every type (at most one per method; no two handlers of a method share a type). A request that none takes gets an outcome at once: 405 for a method nobody
 * handles, 415 for a body type nobody takes, 481 for a CANCEL (requests are answered at once, so nothing is
 * left to cancel).
 */
final class HandlerTable {

    /** The handler for a request, or the outcome when there is none. */
    record Route(SipRequestHandler handler, SipOutcome outcome) {
    }

    private final Map<String, List<SipRequestHandler>> byMethod = new LinkedHashMap<>();

    HandlerTable(List<SipRequestHandler> handlers) {
        for (SipRequestHandler handler : handlers) {
            String method = handler.method().toUpperCase(Locale.ROOT);
            List<SipRequestHandler> same = byMethod.computeIfAbsent(method, m -> new ArrayList<>());
            for (SipRequestHandler other : same) {
                boolean bothTakeAny = other.contentTypes().isEmpty() && handler.contentTypes().isEmpty();
                if (bothTakeAny || other.contentTypes().stream().anyMatch(handler.contentTypes()::contains)) {
                    throw new IllegalArgumentException("two handlers for " + method + " take the same body types");
                }
            }
            same.add(handler);
        }
    }

    Set<String> methods() {
        return byMethod.keySet();
    }

    Route route(Request request) {
        String method = request.getMethod();
        List<SipRequestHandler> candidates = byMethod.get(method);
        if (candidates == null) {
            if (Request.CANCEL.equals(method)) {
                return new Route(null, new SipOutcome.DoesNotExist("Nothing to cancel"));
            }
            return new Route(null, new SipOutcome.MethodNotAllowed());
        }
        String type = mediaType(request);
        SipRequestHandler any = null;
        List<String> taken = new ArrayList<>();
        for (SipRequestHandler handler : candidates) {
            if (handler.contentTypes().isEmpty()) {
                any = handler;
            } else if (handler.contentTypes().contains(type)) {
                return new Route(handler, null);
            }
            taken.addAll(handler.contentTypes());
        }
        return any != null ? new Route(any, null) : new Route(null, new SipOutcome.UnsupportedMediaType(taken));
    }

    /** The request's body type without parameters, in lower case; empty without a Content-Type. */
    private static String mediaType(Request request) {
        ContentTypeHeader type = (ContentTypeHeader) request.getHeader(ContentTypeHeader.NAME);
        if (type == null) {
            return "";
        }
        return (Objects.toString(type.getContentType(), "") + "/" + Objects.toString(type.getContentSubType(), ""))
                .toLowerCase(Locale.ROOT);
    }
}
