package org.switchboard.testkit.sip;

import java.util.Objects;

/** One header field as received: its name in the long form and its value, trimmed. */
public record SipHeader(String name, String value) {

    public SipHeader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
