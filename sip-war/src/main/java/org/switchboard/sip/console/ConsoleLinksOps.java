package org.switchboard.sip.console;

import java.util.Objects;

/** Publishes what {@link ConsoleTransport} counts as the {@link ConsoleLinksMXBean}. */
public final class ConsoleLinksOps implements ConsoleLinksMXBean {

    /** The MBean's type key. */
    public static final String TYPE = "ConsoleLinks";

    private final ConsoleTransport transport;

    public ConsoleLinksOps(ConsoleTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    @Override
    public int getOpenLinks() {
        return transport.openLinks();
    }

    @Override
    public long getFailedLogIns() {
        return transport.failedLogIns();
    }
}
