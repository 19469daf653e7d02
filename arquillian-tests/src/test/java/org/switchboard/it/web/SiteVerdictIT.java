package org.switchboard.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.failover.Fencing;
import org.switchboard.health.HealthBoard;
import org.switchboard.it.ShippedEar;
import org.switchboard.it.SiteTakingCalls;
import org.switchboard.it.TestServer;

/**
 * The one verdict as every reader shows it, over HTTP from inside the server: the health resource, WildFly's
 * MicroProfile Health readiness and liveness on the management port (the checks of the EAR's lib,
 * health.checks.SiteReadiness and SiteLiveness), the welcome page and the Site page; first with the primary taking
 * calls, then deactivated.
 */
@ExtendWith(ArquillianExtension.class)
class SiteVerdictIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(SiteVerdictIT.class);
    }

    @Inject
    HealthBoard board;

    @Inject
    Fencing fencing;

    private SiteTakingCalls site;

    @BeforeEach
    void takeCalls() {
        site = SiteTakingCalls.start(board, fencing);
    }

    @AfterEach
    void stopThePbx() {
        fencing.activate();
        site.close();
    }

    @Test
    void givenThePrimaryTakesCalls_thenEveryReaderSaysSo() throws Exception {
        HttpResponse<String> health = get(TestServer.http("/switchboard/api/health"));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"takesCalls\":true");
        HttpResponse<String> ready = get(TestServer.management("/health/ready"));
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(check(ready, "switchboard-takes-calls").getString("status")).isEqualTo("UP");
        assertThat(check(ready, "switchboard-takes-calls").getJsonObject("data").getString("verdict")).isEqualTo("available");
        assertLive();

        assertThat(get(TestServer.http("/switchboard/")).body()).contains("<dd id=\"call-acceptance\">taking calls</dd>");
        String sitePage = get(TestServer.http("/switchboard/site.xhtml")).body();
        assertThat(sitePage).contains("<p id=\"verdict\" class=\"state\">available</p>");
        assertThat(sitePage).contains("<dd id=\"own-flags\">SMITH STONITH = 00 (flags clear)</dd>");
        assertThat(sitePage).containsPattern("<dd id=\"fencing-row\"[^>]*>00\\?\\?.{1,12}not known until the peer is heard");
        assertThat(sitePage).contains("<dd id=\"peer\">not heard</dd>");
        assertThat(sitePage).contains("console availability (critical)").contains("AMI CONNECTED, model live");
        assertThat(sitePage).contains("<td>1111</td>").contains("the primary never STONITHs the secondary");
        assertThat(sitePage).doesNotContain("#{");
    }

    @Test
    void givenThePrimaryIsDeactivated_thenEveryReaderRefusesWithTheReason() throws Exception {
        fencing.deactivate();

        HttpResponse<String> health = get(TestServer.http("/switchboard/api/health"));
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"DOWN\"").contains("SMITH: deactivated by the operator");
        long logBefore = Files.size(serverLog());
        HttpResponse<String> ready = get(TestServer.management("/health/ready"));
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(check(ready, "switchboard-takes-calls").getString("status")).isEqualTo("DOWN");
        assertThat(check(ready, "switchboard-takes-calls").getJsonObject("data").getString("verdict"))
                .isEqualTo("refusing: SMITH: deactivated by the operator");
        assertThat(logSince(logBefore)).as("the server log after a DOWN readiness poll (the verdict's change is "
                + "logged once, SWB6002; a balancer polling a refusing site must not add a line per poll)")
                .doesNotContain("WFLYMPHEALTH0003");
        assertLive();
        String sitePage = get(TestServer.http("/switchboard/site.xhtml")).body();
        assertThat(sitePage).contains("refusing: SMITH: deactivated by the operator");
        assertThat(sitePage).containsPattern("<dd id=\"fencing-row\"[^>]*>10\\?\\?");
    }

    /** The server's own log file (the test runs inside the server). */
    private static Path serverLog() {
        return Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
    }

    /** What the server's log got after {@code offset} (all of it if the file was rotated meanwhile). */
    private static String logSince(long offset) throws Exception {
        byte[] log = Files.readAllBytes(serverLog());
        int from = offset <= log.length ? (int) offset : 0;
        return new String(log, from, log.length - from, StandardCharsets.UTF_8);
    }

    /** A refusing site is alive all the same: liveness follows the probe rounds, not the verdict. */
    private void assertLive() throws Exception {
        HttpResponse<String> live = get(TestServer.management("/health/live"));
        assertThat(live.statusCode()).isEqualTo(200);
        JsonObject check = check(live, "switchboard-probes-running");
        assertThat(check.getString("status")).isEqualTo("UP");
        assertThat(Instant.parse(check.getJsonObject("data").getString("lastProbeRound")))
                .isAfter(Instant.now().minusSeconds(60));
    }

    /** The check of that name in a MicroProfile Health answer ({@code {"status":…,"checks":[{"name":…}]}}). */
    private static JsonObject check(HttpResponse<String> answer, String name) {
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                    .filter(check -> name.equals(check.getString("name"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no check " + name + " in " + answer.body()));
        }
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
