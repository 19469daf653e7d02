package org.switchboard.it.pair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.switchboard.it.pair.fault.DatabaseFaultServlet;

/**
 * The database of a site breaks and is repaired, through the fault web application that each pair server deploys
 * beside the shipped EAR (see {@link DatabaseFaultServlet}): the table of the receptionist accounts is renamed
 * away, as a table that became unreadable, and renamed back.
 */
final class DatabaseFault {

    static final String WAR = "pair-faults.war";

    private DatabaseFault() {
    }

    /** Writes the fault web application into {@code deployments} (deployed with the server when it starts). */
    static void install(Path deployments) {
        ShrinkWrap.create(WebArchive.class, WAR).addClass(DatabaseFaultServlet.class).as(ZipExporter.class)
                .exportTo(deployments.resolve(WAR).toFile(), true);
    }

    static void breakOn(PairSite site) {
        post(site, "break");
    }

    static void repairOn(PairSite site) {
        post(site, "repair");
    }

    private static void post(PairSite site, String fault) {
        URI uri = URI.create("http://127.0.0.1:" + (8080 + site.server().offset()) + "/pair-faults/database?fault="
                + fault);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the database fault '" + fault + "' on " + site + " failed: "
                        + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the database fault '" + fault + "' on " + site + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
