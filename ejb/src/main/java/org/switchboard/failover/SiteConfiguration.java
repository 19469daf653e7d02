package org.switchboard.failover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.switchboard.failover.model.SiteSettings;

/** Reads this site's settings from the system properties that wildfly-config defines, once. */
@ApplicationScoped
public class SiteConfiguration {

    @Produces
    @Singleton // a pseudo-scope: records and JDK values cannot be proxied
    SiteSettings siteSettings() {
        return SiteSettings.from(System::getProperty);
    }
}
