package org.switchboard.health.probe;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.switchboard.health.ProbeCheck;
import org.switchboard.health.model.HealthSettings;
import org.switchboard.health.model.Probe;
import org.switchboard.health.model.ProbeLevel;
import org.switchboard.health.model.ProbeReading;

/**
 * WEB_SERVER: a GET of the console's start page, a static file, on this server's own HTTP listener, with a
 * timeout. The listener's address and port are the socket binding's as bound (WildFly's management model over
 * the platform MBean server, so the port offset is counted); where the model does not say, the system
 * properties the binding is configured from.
 */
@ApplicationScoped
public class WebServerProbe implements ProbeCheck {

    static final String PAGE = "/switchboard/console/index.html";
    private static final String HTTP_BINDING = "jboss.as:socket-binding-group=standard-sockets,socket-binding=http";

    @Inject
    HealthSettings settings;

    private HttpClient client;

    @PostConstruct
    void create() {
        client = client(settings.webTimeout());
    }

    /** One client for every run (each client has its own selector thread). */
    static HttpClient client(Duration timeout) {
        return HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Probe probe() {
        return Probe.WEB_SERVER;
    }

    @Override
    public ProbeReading check(Instant now) {
        return Measurement.take(probe(), now, took -> get(client, listener().resolve(PAGE), settings.webTimeout(), now,
                took::get));
    }

    /** GETs {@code page} and reads the answer: 2xx is OK, any other status or none in time is FAILED. */
    static ProbeReading get(HttpClient client, URI page, Duration timeout, Instant now, Supplier<Duration> took)
            throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(page).timeout(timeout).GET().build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            String value = "HTTP " + status + " from " + page + " in " + took.get().toMillis() + " ms";
            return status / 100 == 2 ? new ProbeReading(Probe.WEB_SERVER, ProbeLevel.OK, value, "", now, took.get())
                    : new ProbeReading(Probe.WEB_SERVER, ProbeLevel.FAILED, value,
                            "the console's start page answers " + status, now, took.get());
        } catch (HttpTimeoutException e) {
            return new ProbeReading(Probe.WEB_SERVER, ProbeLevel.FAILED, "no answer from " + page,
                    "no answer within " + timeout.toMillis() + " ms", now, took.get());
        } catch (IOException e) {
            return new ProbeReading(Probe.WEB_SERVER, ProbeLevel.FAILED, "no answer from " + page,
                    "the HTTP listener cannot be reached: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()), now, took.get());
        }
    }

    /** The HTTP listener's base URI, {@code http://127.0.0.1:8080}. */
    static URI listener() {
        String host;
        int port;
        try {
            ObjectName binding = new ObjectName(HTTP_BINDING);
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            host = String.valueOf(server.getAttribute(binding, "boundAddress"));
            port = ((Number) server.getAttribute(binding, "boundPort")).intValue();
        } catch (Exception | LinkageError notInTheModel) {
            host = System.getProperty("jboss.bind.address", "127.0.0.1");
            port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        }
        if (host.startsWith("/")) {
            host = host.substring(1);
        }
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0")) {
            host = "127.0.0.1";
        }
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port);
    }
}
