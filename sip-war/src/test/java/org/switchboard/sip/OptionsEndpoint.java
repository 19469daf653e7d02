package org.switchboard.sip;

import java.util.concurrent.atomic.AtomicReference;

import org.switchboard.health.model.Availability;
import org.switchboard.testkit.sip.SipTarget;

/** For tests of other packages: a SIP endpoint on 127.0.0.1 answering OPTIONS after a settable verdict. */
public final class OptionsEndpoint implements AutoCloseable {

    private final EndpointUnderTest endpoint;

    private OptionsEndpoint(EndpointUnderTest endpoint) {
        this.endpoint = endpoint;
    }

    public static OptionsEndpoint start() {
        return new OptionsEndpoint(EndpointUnderTest.start());
    }

    public AtomicReference<Availability> availability() {
        return endpoint.availability;
    }

    public SipTarget target() {
        return endpoint.target();
    }

    @Override
    public void close() {
        endpoint.close();
    }
}
