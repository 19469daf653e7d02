package org.switchboard.testkit.sip;

import java.util.Locale;

/** The transports the test agent speaks. */
public enum SipTransport {
    UDP,
    TCP;

    /** The lower-case name used in SIP URIs and in JAIN-SIP, for example {@code udp}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
