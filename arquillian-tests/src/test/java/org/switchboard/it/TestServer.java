package org.switchboard.it;

import java.net.URI;
import java.time.Duration;

import org.switchboard.testkit.Await;
import org.switchboard.testkit.console.ConsoleTestClient;

/** Where the test server listens: the usual ports shifted by the offset the failsafe execution chose. */
public final class TestServer {

    private TestServer() {
    }

    /** The offset as the test JVM knows it, or, inside the server, as the server itself was started with. */
    public static int portOffset() {
        return Integer.getInteger("switchboard.it.port-offset", Integer.getInteger("jboss.socket.binding.port-offset", 0));
    }

    public static URI http(String path) {
        return URI.create("http://127.0.0.1:" + (8080 + portOffset()) + path);
    }

    /** The management interface (9990 shifted), where WildFly serves MicroProfile Health ({@code /health/ready}). */
    public static URI management(String path) {
        return URI.create("http://127.0.0.1:" + (9990 + portOffset()) + path);
    }

    public static int httpPort() {
        return 8080 + portOffset();
    }

    public static int httpsPort() {
        return 8443 + portOffset();
    }

    /** The SIP WebSocket (RFC 7118) of the SIP WAR, on the HTTP port. */
    public static URI sipWebSocket() {
        return URI.create("ws://127.0.0.1:" + httpPort() + "/sip/ws");
    }

    public static int sipPort() {
        return 5060 + portOffset();
    }

    public static String database() {
        return System.getProperty("switchboard.it.database", "h2");
    }

    /**
     * Waits until the SIP endpoint answers OPTIONS (after a deploy), whatever it answers: 200 while the site takes
     * calls, 503 with the reason while it refuses (its PBX not reached yet, or fenced by an earlier test that
     * stopped its PBX: the flags outlive a redeploy). Tests that need the site taking calls use
     * {@link SiteTakingCalls}.
     */
    public static void awaitSipEndpoint(Duration timeout) {
        Await.until("the SIP endpoint answering", () -> {
            try (ConsoleTestClient probe = ConsoleTestClient.connect(sipPort())) {
                int status = probe.options().status();
                return status == 200 || status == 503;
            } catch (RuntimeException | AssertionError e) {
                return false;
            }
        }, timeout);
    }
}
