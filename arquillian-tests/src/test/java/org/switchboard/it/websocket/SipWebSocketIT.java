package org.switchboard.it.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.it.SiteInService;
import org.junit.jupiter.api.BeforeEach;
import org.switchboard.it.ShippedEar;
import org.switchboard.it.TestServer;
import org.switchboard.testkit.websocket.RawWebSocket;

/**
 * The SIP WebSocket of the deployed EAR against a client that writes every byte itself: the handshake split over
 * two TCP writes, header names in odd case, a SIP request fragmented into continuation frames, the Origin check,
 * the subprotocol, pings, and a malformed SIP message that does not close the WebSocket.
 */
@ExtendWith(ArquillianExtension.class)
class SipWebSocketIT {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String PATH = "/sip/ws";

    private final String host = "127.0.0.1:" + TestServer.httpPort();
    private final RawWebSocket socket = RawWebSocket.connect(TestServer.httpPort(), PATIENCE);

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

    @AfterEach
    void close() {
        socket.close();
    }

    @Test
    void aHandshakeSplitOverTwoWrites_isAnswered101_once_itIsWhole() throws IOException {
        String key = RawWebSocket.newKey();
        String request = handshake(key, "Origin: http://" + host);
        int cut = request.indexOf("Sec-WebSocket-Ver");

        socket.write(request.substring(0, cut));
        assertThat(socket.nothingWithin(Duration.ofMillis(500))).as("no answer, and no close, to half a handshake")
                .isTrue();
        socket.write(request.substring(cut));

        assertUpgraded(socket.readHandshakeAnswer(), key);
        assertOptionsAnswered200();
    }

    @Test
    void headerNamesInOddCase_areAccepted() throws IOException {
        String key = RawWebSocket.newKey();

        socket.write(RawWebSocket.handshake(PATH, "HOST: " + host, "UPGRADE: websocket", "connection: Upgrade",
                "sec-websocket-key: " + key, "SEC-WEBSOCKET-VERSION: 13", "Sec-Websocket-Protocol: sip",
                "oRiGiN: http://" + host));

        assertUpgraded(socket.readHandshakeAnswer(), key);
        assertOptionsAnswered200();
    }

    @Test
    void aSipRequestFragmentedIntoContinuationFrames_isAnswered() throws IOException {
        open("http://" + host);

        socket.sendFragmented(options("CSeq: 1 OPTIONS"), 4);

        String answer = socket.readText();
        assertThat(answer).startsWith("SIP/2.0 200").contains("Allow:");
    }

    @Test
    void theSameOrigin_andAListedOrigin_areAllowed() throws IOException {
        assertThat(answerTo(socket, "Origin: http://" + host).status()).isEqualTo(101);
        try (RawWebSocket listed = RawWebSocket.connect(TestServer.httpPort(), PATIENCE)) {
            // the h2 test server lists this origin in SWB_SIP_WS_ALLOWED_ORIGINS
            assertThat(answerTo(listed, "Origin: https://reception.example.org").status()).isEqualTo(101);
        }
    }

    @Test
    void anotherOrigin_isRefused403() throws IOException {
        assertThat(answerTo(socket, "Origin: http://evil.example.com").status()).isEqualTo(403);
        try (RawWebSocket otherPort = RawWebSocket.connect(TestServer.httpPort(), PATIENCE)) {
            assertThat(answerTo(otherPort, "Origin: http://127.0.0.1:1").status()).isEqualTo(403);
        }
    }

    @Test
    void aHandshakeWithoutTheSubprotocolSip_isRefused400() throws IOException {
        socket.write(RawWebSocket.handshake(PATH, "Host: " + host, "Upgrade: websocket", "Connection: Upgrade",
                "Sec-WebSocket-Key: " + RawWebSocket.newKey(), "Sec-WebSocket-Version: 13",
                "Sec-WebSocket-Protocol: chat", "Origin: http://" + host));

        assertThat(socket.readHandshakeAnswer().status()).isEqualTo(400);
    }

    @Test
    void aPing_getsAPongWithTheSamePayload() throws IOException {
        open("http://" + host);
        byte[] payload = "are you there?".getBytes(StandardCharsets.UTF_8);

        socket.sendFrame(true, RawWebSocket.PING, payload);

        RawWebSocket.Frame pong = socket.readFrame();
        assertThat(pong.opcode()).isEqualTo(RawWebSocket.PONG);
        assertThat(pong.payload()).isEqualTo(payload);
    }

    @Test
    void aMalformedSipRequest_isAnswered400WithAReason_andTheWebSocketStaysOpen() throws IOException {
        open("http://" + host);

        socket.sendText(options("CSeq: one OPTIONS"));
        String refused = socket.readText();

        assertThat(refused).startsWith("SIP/2.0 400");
        assertThat(refused.lines().findFirst().orElseThrow()).containsIgnoringCase("CSeq");
        assertOptionsAnswered200();
    }

    private void open(String origin) throws IOException {
        RawWebSocket.HttpAnswer answer = answerTo(socket, "Origin: " + origin);
        assertThat(answer.status()).as(answer.statusLine()).isEqualTo(101);
    }

    private RawWebSocket.HttpAnswer answerTo(RawWebSocket client, String originLine) throws IOException {
        client.write(handshake(RawWebSocket.newKey(), originLine));
        return client.readHandshakeAnswer();
    }

    private String handshake(String key, String originLine) {
        return RawWebSocket.handshake(PATH, "Host: " + host, "Upgrade: websocket", "Connection: Upgrade",
                "Sec-WebSocket-Key: " + key, "Sec-WebSocket-Version: 13", "Sec-WebSocket-Protocol: sip", originLine);
    }

    private void assertOptionsAnswered200() throws IOException {
        socket.sendText(options("CSeq: 2 OPTIONS"));
        assertThat(socket.readText()).startsWith("SIP/2.0 200");
    }

    private static void assertUpgraded(RawWebSocket.HttpAnswer answer, String key) {
        assertThat(answer.status()).as(answer.statusLine()).isEqualTo(101);
        assertThat(answer.header("Sec-WebSocket-Accept")).isEqualTo(RawWebSocket.acceptFor(key));
        assertThat(answer.header("Sec-WebSocket-Protocol")).isEqualTo("sip");
    }

    private static String options(String cseqLine) {
        String callId = UUID.randomUUID().toString();
        return "OPTIONS sip:switchboard@127.0.0.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/WS k3j5lm8e.invalid;branch=z9hG4bK" + callId + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:probe@127.0.0.1>;tag=p1\r\n"
                + "To: <sip:switchboard@127.0.0.1>\r\n"
                + "Call-ID: " + callId + "\r\n"
                + cseqLine + "\r\n"
                + "Content-Length: 0\r\n\r\n";
    }
}
