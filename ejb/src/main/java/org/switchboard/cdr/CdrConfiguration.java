package org.switchboard.cdr;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.switchboard.cdr.model.CdrSettings;

/** Reads the CDR settings once; the files default to {@code cdr} under the server's data directory. */
@ApplicationScoped
public class CdrConfiguration {

    @Produces
    @Singleton // records cannot be proxied
    CdrSettings cdrSettings() {
        String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return CdrSettings.from(System::getProperty, Path.of(data, "cdr"));
    }
}
