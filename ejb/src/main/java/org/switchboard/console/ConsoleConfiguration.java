package org.switchboard.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.switchboard.console.model.ConsoleSettings;

/** Reads the console's settings once, from system properties (set by wildfly-config from the environment). */
@ApplicationScoped
public class ConsoleConfiguration {

    @Produces
    @Singleton // records cannot be proxied
    ConsoleSettings settings() {
        return ConsoleSettings.from(System::getProperty);
    }
}
