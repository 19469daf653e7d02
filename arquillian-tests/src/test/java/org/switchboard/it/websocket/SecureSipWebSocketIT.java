package org.switchboard.it.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.it.SiteInService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.switchboard.it.ShippedEar;
import org.switchboard.it.TestServer;
import org.switchboard.testkit.websocket.RawWebSocket;

/**
 * WSS as docs/console-websocket.md sets it up for production: WildFly's https listener on the {@code https} socket
 * binding with an Elytron SSL context (here the server's self-signed {@code applicationSSC}), added for the test
 * through the management API and removed after it. The SIP WebSocket answers over TLS, as the {@code WSS}
 * transport.
 */
@ExtendWith(ArquillianExtension.class)
class SecureSipWebSocketIT {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String LISTENER = "switchboard-it-https";

    @ArquillianResource
    ManagementClient management;

    /** OPTIONS is answered 200 only while the site takes calls: its PBX up and the console service active. */
    private SiteInService site;

    @BeforeEach
    void siteInService() {
        site = SiteInService.start(management);
    }

    @AfterEach
    void siteOutOfService() {
        site.close();
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ShippedEar.asShipped();
    }

    @Test
    void overWildFlysHttpsListener_theSipWebSocketIsWss_andAnswersSipOverIt() throws IOException {
        listener("add");
        try (RawWebSocket socket = RawWebSocket.connectTls(TestServer.httpsPort(), PATIENCE)) {
            String host = "localhost:" + TestServer.httpsPort();
            String key = RawWebSocket.newKey();
            socket.write(RawWebSocket.handshake("/sip/ws", "Host: " + host, "Upgrade: websocket",
                    "Connection: Upgrade", "Sec-WebSocket-Key: " + key, "Sec-WebSocket-Version: 13",
                    "Sec-WebSocket-Protocol: sip", "Origin: https://" + host));
            RawWebSocket.HttpAnswer answer = socket.readHandshakeAnswer();
            assertThat(answer.status()).as(answer.statusLine()).isEqualTo(101);
            assertThat(answer.header("Sec-WebSocket-Accept")).isEqualTo(RawWebSocket.acceptFor(key));

            String callId = UUID.randomUUID().toString();
            socket.sendText("OPTIONS sip:switchboard@localhost SIP/2.0\r\n"
                    + "Via: SIP/2.0/WSS q8v2ka9c.invalid;branch=z9hG4bK" + callId + "\r\n"
                    + "Max-Forwards: 70\r\n"
                    + "From: <sip:probe@localhost>;tag=p1\r\n"
                    + "To: <sip:switchboard@localhost>\r\n"
                    + "Call-ID: " + callId + "\r\n"
                    + "CSeq: 1 OPTIONS\r\n"
                    + "Content-Length: 0\r\n\r\n");

            String reply = socket.readText();
            assertThat(reply).startsWith("SIP/2.0 200").contains("Via: SIP/2.0/WSS").contains(callId);
        } finally {
            listener("remove");
        }
    }

    private void listener(String operationName) throws IOException {
        ModelNode operation = new ModelNode();
        operation.get("operation").set(operationName);
        operation.get("address").add("subsystem", "undertow").add("server", "default-server")
                .add("https-listener", LISTENER);
        if (operationName.equals("add")) {
            operation.get("socket-binding").set("https");
            operation.get("ssl-context").set("applicationSSC");
        }
        ModelNode result = management.getControllerClient().execute(operation);
        assertThat(result.get("outcome").asString()).as(operationName + " the https listener: " + result)
                .isEqualTo("success");
    }
}
