package org.switchboard.sip.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.sip.message.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.health.model.Availability;
import org.switchboard.sip.Peer;
import org.switchboard.sip.PeerActivity;
import org.switchboard.sip.SentRequest;
import org.switchboard.sip.SipDispatcher;
import org.switchboard.sip.SipEndpoint;
import org.switchboard.sip.SipSender;
import org.switchboard.sip.SipSettings;
import org.switchboard.sip.options.OptionsHandler;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.logging.LogCapture;
import org.switchboard.testkit.sip.FreePort;

/**
 * The WS transport of the real stack and dispatcher, fed the way the SIP WebSocket endpoint feeds it: one SIP
 * message per WebSocket message, answers and the server's own requests back over the same WebSocket.
 */
class SipOverWebSocketTest {

    private static final String COMMAND_TYPE = "application/vnd.switchboard.command.v1+json";

    private final List<Peer> heard = new CopyOnWriteArrayList<>();
    private final List<Peer> failed = new CopyOnWriteArrayList<>();
    private final SipSender sender = new SipSender();
    private final SipEndpoint endpoint = started();

    private SipEndpoint started() {
        PeerActivity activity = new PeerActivity() {
            @Override
            public void heard(Peer peer) {
                heard.add(peer);
            }

            @Override
            public void failed(Peer peer, String reason) {
                failed.add(peer);
            }
        };
        SipDispatcher dispatcher = new SipDispatcher(List.of(new OptionsHandler(() -> Availability.AVAILABLE)), null,
                activity);
        int port = FreePort.forUdpAndTcp();
        SipEndpoint sip = new SipEndpoint(new SipSettings("127.0.0.1", port, port), WebSocketSettings.from(key -> null),
                dispatcher, sender);
        sip.start();
        return sip;
    }

    @AfterEach
    void stop() {
        endpoint.stop();
    }

    @Test
    void anOptionsInOneMessage_isAnsweredOverTheSameWebSocket_fromAPeerOnTheWsTransport() {
        ScriptedWebSocket socket = new ScriptedWebSocket(40001, false);
        WebSocketChannel channel = endpoint.webSockets().open(socket).orElseThrow();

        channel.received(request("OPTIONS", "WS", "CSeq: 1 OPTIONS"));

        String answer = socket.awaitSent("SIP/2.0 200");
        assertThat(answer).contains("Allow:").containsIgnoringCase("received=127.0.0.1").contains("rport=40001");
        assertThat(heard).contains(new Peer("WS", "127.0.0.1", 40001));
    }

    @Test
    void aMalformedRequest_isAnswered400WithAReason_andTheWebSocketStaysUsable() {
        ScriptedWebSocket socket = new ScriptedWebSocket(40002, false);
        WebSocketChannel channel = endpoint.webSockets().open(socket).orElseThrow();

        channel.received(request("OPTIONS", "WS", "CSeq: one OPTIONS"));
        String refused = socket.awaitSent("SIP/2.0 400");
        channel.received(request("OPTIONS", "WS", "CSeq: 2 OPTIONS"));

        assertThat(refused.lines().findFirst().orElseThrow()).containsIgnoringCase("CSeq");
        socket.awaitSent("SIP/2.0 200");
        assertThat(socket.closedWith()).isEmpty();
    }

    @Test
    void aMessageWithoutVia_isLoggedWithItsCallIdAndDropped_withoutClosingTheWebSocket() {
        ScriptedWebSocket socket = new ScriptedWebSocket(40003, false);
        WebSocketChannel channel = endpoint.webSockets().open(socket).orElseThrow();
        String withoutVia = new String(request("OPTIONS", "WS", "CSeq: 1 OPTIONS"), StandardCharsets.UTF_8)
                .replaceAll("Via: [^\r]*\r\n", "");

        try (LogCapture log = LogCapture.of("org.switchboard.sip")) {
            channel.received(withoutVia.getBytes(StandardCharsets.UTF_8));
            channel.received(request("OPTIONS", "WS", "CSeq: 2 OPTIONS"));

            socket.awaitSent("SIP/2.0 200");
            assertThat(log.records()).anySatisfy(record -> {
                assertThat(record.message()).contains("SWB9004").contains("ws 127.0.0.1:40003");
                assertThat(record.mdc("sip")).isNotBlank();
            });
        }
        assertThat(socket.sent()).hasSize(1);
        assertThat(socket.closedWith()).isEmpty();
    }

    @Test
    void theServersOwnRequest_goesOverThePeersWebSocket_andHearsItsAnswer() throws Exception {
        ScriptedWebSocket socket = new ScriptedWebSocket(40004, false);
        WebSocketChannel channel = endpoint.webSockets().open(socket).orElseThrow();
        CompletableFuture<Integer> answered = new CompletableFuture<>();

        sender.message(sender.recipient(new Peer("WS", "127.0.0.1", 40004), "desk1", sender.newCallId(), COMMAND_TYPE,
                Map.of("Switchboard-Session", "s-1")), 1, "{}".getBytes(StandardCharsets.UTF_8), listener(answered));
        String request = socket.awaitSent("MESSAGE sip:desk1@127.0.0.1:40004;transport=ws");
        channel.received(okTo(request));

        assertThat(request).contains("Via: SIP/2.0/WS ").contains("Switchboard-Session: s-1");
        assertThat(answered.get(5, TimeUnit.SECONDS)).isEqualTo(200);
    }

    @Test
    void aWssPeer_isAnsweredOverItsWebSocket_andNamedWss() {
        ScriptedWebSocket socket = new ScriptedWebSocket(40005, true);
        WebSocketChannel channel = endpoint.webSockets().open(socket).orElseThrow();

        channel.received(request("OPTIONS", "WSS", "CSeq: 1 OPTIONS"));

        socket.awaitSent("SIP/2.0 200");
        assertThat(heard).contains(new Peer("WSS", "127.0.0.1", 40005));
    }

    @Test
    void aViaNamingWssOverAPlainWebSocket_asBehindAProxyEndingTls_isAnsweredOverThatWebSocket_asWs() {
        ScriptedWebSocket socket = new ScriptedWebSocket(40009, false);
        WebSocketChannel channel = endpoint.webSockets().open(socket).orElseThrow();

        channel.received(request("OPTIONS", "WSS", "CSeq: 1 OPTIONS"));

        socket.awaitSent("SIP/2.0 200");
        assertThat(heard).contains(new Peer("WS", "127.0.0.1", 40009));
    }

    @Test
    void aClosedWebSocket_endsThePeersLinks_andTheServerNoLongerSendsToIt() throws Exception {
        ScriptedWebSocket socket = new ScriptedWebSocket(40006, false);
        WebSocketConnections connections = endpoint.webSockets();
        WebSocketChannel channel = connections.open(socket).orElseThrow();
        CompletableFuture<Integer> answered = new CompletableFuture<>();

        connections.closed(channel);
        sender.message(sender.recipient(new Peer("WS", "127.0.0.1", 40006), "desk1", sender.newCallId(), COMMAND_TYPE,
                Map.of()), 1, "{}".getBytes(StandardCharsets.UTF_8), listener(answered));

        Await.until("the peer reported lost", () -> failed.contains(new Peer("WS", "127.0.0.1", 40006)),
                Duration.ofSeconds(5));
        assertThat(answered.get(5, TimeUnit.SECONDS)).isEqualTo(-1);
        assertThat(socket.sent()).isEmpty();
        assertThat(connections.isOpen("127.0.0.1", 40006)).isFalse();
    }

    @Test
    void aStoppedEndpoint_closesItsWebSockets_andTakesNoNewOne() {
        ScriptedWebSocket socket = new ScriptedWebSocket(40007, false);
        WebSocketConnections connections = endpoint.webSockets();
        connections.open(socket).orElseThrow();

        endpoint.stop();

        assertThat(socket.closedWith()).isPresent();
        assertThat(connections.open(new ScriptedWebSocket(40008, false))).isEmpty();
    }

    private static SentRequest listener(CompletableFuture<Integer> answered) {
        return new SentRequest() {
            @Override
            public void answered(Response response) {
                answered.complete(response.getStatusCode());
            }

            @Override
            public void failed(String reason) {
                answered.complete(-1);
            }
        };
    }

    private static byte[] request(String method, String transport, String cseqLine) {
        String callId = UUID.randomUUID().toString();
        return (method + " sip:switchboard@127.0.0.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/" + transport + " df7jal23ls0d.invalid;branch=z9hG4bK" + callId + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:desk1@127.0.0.1>;tag=c1\r\n"
                + "To: <sip:switchboard@127.0.0.1>\r\n"
                + "Call-ID: " + callId + "\r\n"
                + cseqLine + "\r\n"
                + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A 200 to a request the server sent, as a browser's SIP library answers it. */
    private static byte[] okTo(String request) {
        StringBuilder answer = new StringBuilder("SIP/2.0 200 OK\r\n");
        request.lines().filter(line -> line.startsWith("Via:") || line.startsWith("From:") || line.startsWith("Call-ID:")
                || line.startsWith("CSeq:")).forEach(line -> answer.append(line).append("\r\n"));
        request.lines().filter(line -> line.startsWith("To:")).forEach(line -> answer.append(line).append(";tag=b1\r\n"));
        return answer.append("Content-Length: 0\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
