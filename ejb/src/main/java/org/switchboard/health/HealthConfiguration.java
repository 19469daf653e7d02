package org.switchboard.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.switchboard.health.model.HealthSettings;

/** Reads the health settings once, from system properties (set by wildfly-config from the environment). */
@ApplicationScoped
public class HealthConfiguration {

    @Produces
    @Singleton // records cannot be proxied
    HealthSettings settings() {
        return HealthSettings.from(System::getProperty);
    }
}
