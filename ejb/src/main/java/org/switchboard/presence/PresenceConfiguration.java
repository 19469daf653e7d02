package org.switchboard.presence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.switchboard.presence.model.PresenceSettings;

/** Reads the presence settings once, from system properties (set by wildfly-config from the environment). */
@ApplicationScoped
public class PresenceConfiguration {

    @Produces
    @Singleton // records cannot be proxied
    PresenceSettings settings() {
        return PresenceSettings.from(System::getProperty);
    }
}
