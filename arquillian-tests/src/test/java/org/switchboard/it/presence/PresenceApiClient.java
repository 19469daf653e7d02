package org.switchboard.it.presence;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.switchboard.it.TestServer;

/** A CTI server's HTTP client of the presence API: one integration's credentials, or none. */
final class PresenceApiClient {

    static final String BASE = "/switchboard/api/presence/v1";

    private final HttpClient http = HttpClient.newHttpClient();
    private final Optional<String> authorization;

    private PresenceApiClient(Optional<String> authorization) {
        this.authorization = authorization;
    }

    static PresenceApiClient as(String integration, String password) {
        return new PresenceApiClient(Optional.of("Basic " + Base64.getEncoder()
                .encodeToString((integration + ":" + password).getBytes(StandardCharsets.UTF_8))));
    }

    static PresenceApiClient withAuthorization(String header) {
        return new PresenceApiClient(Optional.of(header));
    }

    static PresenceApiClient anonymous() {
        return new PresenceApiClient(Optional.empty());
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(body(json)));
    }

    HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(body(json)));
    }

    HttpResponse<String> put(String path) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    /** Logs {@code user} in with the body given, and answers the login's id; fails unless 201. */
    String logIn(String json) {
        HttpResponse<String> response = post("/passive-logins", json);
        if (response.statusCode() != 201) {
            throw new AssertionError("log in answered " + response.statusCode() + ": " + response.body());
        }
        return json(response).getString("id");
    }

    static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(TestServer.http(path.startsWith("/openapi") ? path
                : BASE + path));
        authorization.ifPresent(header -> builder.header("Authorization", header));
        return builder;
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static URI location(HttpResponse<String> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }
}
