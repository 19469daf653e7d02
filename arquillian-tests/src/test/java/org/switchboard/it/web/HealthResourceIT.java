package org.switchboard.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.it.ShippedEar;
import org.switchboard.it.TestServer;
import org.switchboard.testkit.Await;

/** The health and version resources of the shipped EAR, from outside, over HTTP. */
@ExtendWith(ArquillianExtension.class)
class HealthResourceIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ShippedEar.asShipped();
    }

    @Test
    void givenTheServerTakesCallsAndListens_thenHealthIsUpWithVersionAndSipListeningPoints() throws Exception {
        awaitTakingCalls();
        HttpResponse<String> response = get("/switchboard/api/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonObject health = json(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getString("version")).isNotBlank();
        assertThat(health.getBoolean("takesCalls")).isTrue();
        assertThat(health.getJsonArray("sipListeningPoints").getValuesAs(jakarta.json.JsonString::getString))
                .contains("udp 127.0.0.1:" + TestServer.sipPort(), "tcp 127.0.0.1:" + TestServer.sipPort());
        assertThat(health.getJsonNumber("uptimeSeconds").longValue()).isNotNegative();
    }

    @Test
    void versionNamesTheProductTheSiteAndTheRole() throws Exception {
        HttpResponse<String> response = get("/switchboard/api/version");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject version = json(response);
        assertThat(version.getString("name")).isEqualTo("Switchboard");
        assertThat(version.getString("version")).isEqualTo(json(get("/switchboard/api/health")).getString("version"));
        assertThat(version.getString("site")).isEqualTo("it-" + TestServer.database());
        assertThat(version.getString("role")).isEqualTo("primary");
    }

    @Test
    void givenAnUnknownPath_thenA404ProblemBody() throws Exception {
        HttpResponse<String> response = get("/switchboard/api/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonObject problem = json(response);
        assertThat(problem.getInt("status")).isEqualTo(404);
        assertThat(problem.getString("title")).isEqualTo("Not Found");
        assertThat(problem.getString("detail")).isNotBlank();
    }

    @Test
    void givenAMethodTheResourceDoesNotAllow_thenA405ProblemBody() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(TestServer.http("/switchboard/api/health"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(json(response).getInt("status")).isEqualTo(405);
    }

    @Test
    void microProfileHealthReadsTheSameVerdict_readyWhenItTakesCalls_andLive() throws Exception {
        awaitTakingCalls();

        HttpResponse<String> ready = getManagement("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("switchboard-takes-calls").contains("available");
        HttpResponse<String> live = getManagement("/health/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("switchboard-probes-running");
    }

    /** After a deploy the single primary refuses calls until its PBX link is up and its start wait is over. */
    private void awaitTakingCalls() {
        Await.until("the site taking calls", () -> {
            try {
                return get("/switchboard/api/health").statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        }, Duration.ofSeconds(30));
    }

    private HttpResponse<String> getManagement(String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + System.getProperty("switchboard.it.management-port") + path);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(TestServer.http(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
