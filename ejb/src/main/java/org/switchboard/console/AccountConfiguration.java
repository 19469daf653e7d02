package org.switchboard.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.switchboard.console.model.AccountSettings;

/** Reads the account settings from the system properties that wildfly-config defines, once. */
@ApplicationScoped
public class AccountConfiguration {

    @Produces
    @Singleton // records cannot be proxied
    AccountSettings accountSettings() {
        return AccountSettings.from(System::getProperty);
    }
}
