package org.switchboard.health.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Test;
import org.switchboard.health.model.HealthSettings;
import org.switchboard.health.model.ProbeLevel;
import org.switchboard.health.model.ProbeReading;

/** The web server probe's GET against a real HTTP server on 127.0.0.1: 2xx OK, an error status or silence FAILED. */
class WebServerProbeTest {

    private static final Duration TIMEOUT = HealthSettings.from(key -> null).webTimeout();
    private static final Duration SLACK = Duration.ofMillis(500);
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private static HttpServer serving(int status) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "<html></html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static ProbeReading get(URI page) throws InterruptedException {
        long start = System.nanoTime();
        HttpClient client = WebServerProbe.client(TIMEOUT);
        return WebServerProbe.get(client, page, TIMEOUT, NOW, () -> Duration.ofNanos(System.nanoTime() - start));
    }

    private static URI page(int port) {
        return URI.create("http://127.0.0.1:" + port + WebServerProbe.PAGE);
    }

    @Test
    void givenPageServed_whenChecked_thenOk() throws Exception {
        HttpServer server = serving(200);
        try {
            ProbeReading reading = get(page(server.getAddress().getPort()));

            assertThat(reading.level()).isEqualTo(ProbeLevel.OK);
            assertThat(reading.value()).startsWith("HTTP 200 from http://127.0.0.1:" + server.getAddress().getPort()
                    + "/switchboard/console/index.html in ");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void givenErrorStatus_whenChecked_thenFailedWithTheStatus() throws Exception {
        HttpServer server = serving(503);
        try {
            ProbeReading reading = get(page(server.getAddress().getPort()));

            assertThat(reading.level()).isEqualTo(ProbeLevel.FAILED);
            assertThat(reading.detail()).isEqualTo("the console's start page answers 503");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void givenListenerThatNeverAnswers_whenChecked_thenFailedWithinTheTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            long start = System.nanoTime();

            ProbeReading reading = get(page(silent.getLocalPort()));

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(reading.level()).isEqualTo(ProbeLevel.FAILED);
            assertThat(reading.detail()).isEqualTo("no answer within " + TIMEOUT.toMillis() + " ms");
            assertThat(took).isLessThan(TIMEOUT.plus(SLACK));
        }
    }

    @Test
    void givenNothingListening_whenChecked_thenFailedUnreachable() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }

        ProbeReading reading = get(page(port));

        assertThat(reading.level()).isEqualTo(ProbeLevel.FAILED);
        assertThat(reading.detail()).startsWith("the HTTP listener cannot be reached: ConnectException");
    }

    @Test
    void givenNoManagementModel_whenListener_thenFromTheSystemPropertiesWithTheOffset() {
        String offset = System.getProperty("jboss.socket.binding.port-offset");
        System.setProperty("jboss.socket.binding.port-offset", "400");
        try {
            assertThat(WebServerProbe.listener()).isEqualTo(URI.create("http://127.0.0.1:8480"));
        } finally {
            if (offset == null) {
                System.clearProperty("jboss.socket.binding.port-offset");
            } else {
                System.setProperty("jboss.socket.binding.port-offset", offset);
            }
        }
    }
}
