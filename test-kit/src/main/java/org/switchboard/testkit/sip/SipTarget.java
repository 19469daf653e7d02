package org.switchboard.testkit.sip;

import java.net.InetSocketAddress;
import java.util.Objects;

/** Where a request goes: a host (an IP address in tests) and a port. */
public record SipTarget(String host, int port) {

    public SipTarget {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** A target on 127.0.0.1. */
    public static SipTarget local(int port) {
        return new SipTarget("127.0.0.1", port);
    }

    InetSocketAddress socketAddress() {
        return new InetSocketAddress(host, port);
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
