package org.switchboard.testkit.sip;

import java.util.Objects;
import java.util.Optional;

/** A request the server sent to the test agent; the agent answered it with 200. */
public record ReceivedRequest(String method, String requestUri, SipHeaders headers, String body) {

    public ReceivedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(requestUri, "requestUri");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    /** The value of the first header with this name. */
    public Optional<String> header(String name) {
        return headers.first(name);
    }
}
