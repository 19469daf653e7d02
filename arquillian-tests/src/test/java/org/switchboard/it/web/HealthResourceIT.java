package org.switchboard.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.it.ShippedEar;
import org.switchboard.it.TestServer;

/** The health and version resources of the shipped EAR, from outside, over HTTP. */
@ExtendWith(ArquillianExtension.class)
class HealthResourceIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ShippedEar.asShipped();
    }

    @Test
    void healthFollowsTheVerdict_withVersionAndSipListeningPoints() throws Exception {
        HttpResponse<String> response = get("/switchboard/api/health");

        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonObject health = json(response);
        // UP and 200 exactly when the site's verdict takes calls (SiteVerdictIT brings it there); DOWN says why
        boolean takesCalls = health.getBoolean("takesCalls");
        assertThat(response.statusCode()).isEqualTo(takesCalls ? 200 : 503);
        assertThat(health.getString("status")).isEqualTo(takesCalls ? "UP" : "DOWN");
        assertThat(health.getString("reason").isBlank()).isEqualTo(takesCalls);
        assertThat(health.getString("version")).isNotBlank();
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

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(TestServer.http(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
