package org.switchboard.health.model;

import java.util.Locale;
import java.util.Objects;

/** One address the SIP endpoint listens on, for example {@code udp 127.0.0.1:5060}. */
public record ListeningPoint(String transport, String host, int port) {

    public ListeningPoint {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        transport = transport.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return transport + " " + host + ":" + port;
    }
}
