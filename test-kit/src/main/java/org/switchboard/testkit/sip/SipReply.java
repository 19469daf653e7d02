package org.switchboard.testkit.sip;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A final response as the test agent received it. */
public record SipReply(int status, String reason, SipHeaders headers, String body) {

    public SipReply {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    /** The value of the first header with this name. */
    public Optional<String> header(String name) {
        return headers.first(name);
    }

    /** The comma-separated items of every header with this name (Allow, Accept, Supported). */
    public List<String> items(String name) {
        return headers.items(name);
    }

    @Override
    public String toString() {
        return status + " " + reason;
    }
}
