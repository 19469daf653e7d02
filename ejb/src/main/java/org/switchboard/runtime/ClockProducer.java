package org.switchboard.runtime;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The clock that every service reads, so that tests can give them another. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton // a pseudo-scope: records and JDK values cannot be proxied
    Clock clock() {
        return Clock.systemUTC();
    }
}
