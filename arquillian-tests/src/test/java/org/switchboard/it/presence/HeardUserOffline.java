package org.switchboard.it.presence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.switchboard.it.TestServer;

/**
 * What the plain JMS subscriber of the UserOffline topic (the probe deployment) heard, read over HTTP: how many
 * UserOffline each user has had since the run began.
 */
final class HeardUserOffline {

    static final String PROBE = "presence-probe";

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Integer> heard = new HashMap<>();
    private int read;

    /** Forgets what was heard before the run (other tests' users, the application's start). */
    HeardUserOffline fromNow() {
        count();
        heard.clear();
        return this;
    }

    /** How many UserOffline of {@code user} were heard since {@link #fromNow()}. */
    int of(String user) {
        return heard.getOrDefault(user, 0);
    }

    /** Reads what came since the last read. */
    synchronized void count() {
        String body;
        try {
            body = http.send(HttpRequest.newBuilder(TestServer.http("/" + PROBE + "/offline?from=" + read)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        for (String line : body.split("\n")) {
            if (!line.isBlank()) {
                read++;
                heard.merge(line.substring(0, line.indexOf(' ')), 1, Integer::sum);
            }
        }
    }
}
