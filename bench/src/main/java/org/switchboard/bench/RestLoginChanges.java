package org.switchboard.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import javax.management.MBeanServerConnection;

/**
 * Passive logins through the presence API for CTI servers (docs/presence-api.md), as an integration makes them:
 * {@code POST /passive-logins} with status {@code away} and {@code DELETE /passive-logins/{id}}, HTTP Basic with
 * the account this benchmark creates over JMX ({@code org.switchboard:type=Integrations}), on keep-alive HTTP/1.1
 * connections to 127.0.0.1. Every request is authenticated by the server (an Argon2id check of the password).
 */
final class RestLoginChanges implements LoginChanges {

    static final String INTEGRATION = "bench-rest";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String[] STRINGS = {String.class.getName(), String.class.getName()};

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private final URI logins;
    private final String authorization;
    private final String[] ids;

    private RestLoginChanges(URI logins, String authorization, int users) {
        this.logins = logins;
        this.authorization = authorization;
        this.ids = new String[users];
    }

    /** Creates the integration account over JMX (a random password) and returns the driver. */
    static RestLoginChanges create(MBeanServerConnection jmx, int httpPort, int users) throws Exception {
        String password = UUID.randomUUID().toString();
        jmx.invoke(ServerGauges.name("Integrations"), "createIntegration", new Object[] {INTEGRATION, password},
                STRINGS);
        String basic = Base64.getEncoder().encodeToString((INTEGRATION + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return new RestLoginChanges(URI.create("http://127.0.0.1:" + httpPort
                + "/switchboard/api/presence/v1/passive-logins"), "Basic " + basic, users);
    }

    @Override
    public void change(int index, String user) throws Exception {
        String id = ids[index];
        if (id == null) {
            HttpResponse<String> answer = http.send(request(logins).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user
                            + "\",\"status\":\"away\",\"leaseSeconds\":3600}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = answer.headers().firstValue("Location").orElse("");
            if (answer.statusCode() != 201 || location.isEmpty()) {
                throw new IllegalStateException("POST for " + user + " answered " + answer.statusCode() + " "
                        + answer.body());
            }
            ids[index] = location.substring(location.lastIndexOf('/') + 1);
        } else {
            ids[index] = null;
            HttpResponse<String> answer = http.send(request(URI.create(logins + "/" + id)).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 204) {
                throw new IllegalStateException("DELETE of " + id + " answered " + answer.statusCode() + " "
                        + answer.body());
            }
        }
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Authorization", authorization);
    }

    @Override
    public String describe() {
        return "passive log in with status away, or its log out, over the REST API (HTTP Basic, Argon2id checked per"
                + " request)";
    }

    @Override
    public void close() {
        // the client's connections close with the JVM
    }
}
