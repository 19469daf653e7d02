package org.switchboard.pbx;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.switchboard.pbx.ami.AmiSettings;

/** Reads the AMI settings from the system properties that wildfly-config defines, once. */
@ApplicationScoped
public class AmiConfiguration {

    @Produces
    @Singleton // records cannot be proxied
    AmiSettings amiSettings() {
        return AmiSettings.from(System::getProperty);
    }
}
