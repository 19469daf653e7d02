package org.switchboard.failover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.switchboard.failover.model.PairSettings;

/** Reads the pair link's settings from the system properties that wildfly-config defines, once. */
@ApplicationScoped
public class PairConfiguration {

    @Produces
    @Singleton // a pseudo-scope: records cannot be proxied
    PairSettings pairSettings() {
        return PairSettings.from(System::getProperty);
    }
}
