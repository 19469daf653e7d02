package org.switchboard.pbx.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The scripted PBX's SIP side: OPTIONS answered as the recorded Asterisk does, and silence while it plays dead. */
class ScriptedPbxSipTest {

    private static final AmiAccount ACCOUNT = AmiAccount.of("console", "console-secret");
    private static final Duration SILENCE = Duration.ofMillis(300);
    private static final Duration ANSWER = Duration.ofSeconds(5);

    private static String options(int port, String callId) {
        return "OPTIONS sip:127.0.0.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + port + ";branch=z9hG4bK-" + callId + ";rport\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:switchboard@127.0.0.1>;tag=probe-" + callId + "\r\n"
                + "To: <sip:127.0.0.1>\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    private static Optional<String> ask(DatagramSocket client, InetSocketAddress pbx, String request, Duration wait)
            throws IOException {
        byte[] bytes = request.getBytes(StandardCharsets.UTF_8);
        client.send(new DatagramPacket(bytes, bytes.length, pbx));
        return receive(client, wait);
    }

    private static Optional<String> receive(DatagramSocket client, Duration wait) throws IOException {
        byte[] buffer = new byte[65_535];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        client.setSoTimeout(Math.toIntExact(wait.toMillis()));
        try {
            client.receive(packet);
            return Optional.of(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
        } catch (SocketTimeoutException silent) {
            return Optional.empty();
        }
    }

    private static DatagramSocket client() throws IOException {
        return new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @Test
    void givenSipSide_whenOptions_then200WithTheRequestsHeadersAndTheRecordedServerName() throws IOException {
        try (ScriptedAmiServer server = ScriptedAmiServer.start(ACCOUNT); DatagramSocket client = client()) {
            InetSocketAddress pbx = server.startSip();

            String answer = ask(client, pbx, options(client.getLocalPort(), "call-1"), ANSWER).orElseThrow();

            assertThat(answer).startsWith("SIP/2.0 200 OK\r\n")
                    .contains("Call-ID: call-1\r\n", "CSeq: 1 OPTIONS\r\n", "Server: Switchboard-TestPBX\r\n",
                            "From: <sip:switchboard@127.0.0.1>;tag=probe-call-1\r\n")
                    .contains("Via: SIP/2.0/UDP 127.0.0.1:" + client.getLocalPort() + ";branch=z9hG4bK-call-1;rport;received=127.0.0.1")
                    .containsPattern("To: <sip:127.0.0.1>;tag=\\S+\r\n")
                    .endsWith("\r\n\r\n");
            assertThat(server.sipOptionsAnswered()).isEqualTo(1);
            assertThat(server.startSip()).as("started once").isEqualTo(pbx);
        }
    }

    @Test
    void givenAPortChosenBeforehand_whenSipStartedOnIt_thenAnsweredThere() throws IOException {
        int port;
        try (DatagramSocket free = client()) {
            port = free.getLocalPort();
        }
        try (ScriptedAmiServer server = ScriptedAmiServer.start(ACCOUNT); DatagramSocket client = client()) {
            InetSocketAddress pbx = server.startSipOn(port);

            assertThat(pbx.getPort()).isEqualTo(port);
            assertThat(ask(client, pbx, options(client.getLocalPort(), "call-5"), ANSWER)).isPresent();
        }
    }

    @Test
    void givenSipSide_whenAnotherRequest_thenNoAnswer() throws IOException {
        try (ScriptedAmiServer server = ScriptedAmiServer.start(ACCOUNT); DatagramSocket client = client()) {
            InetSocketAddress pbx = server.startSip();
            String info = options(client.getLocalPort(), "call-2").replace("OPTIONS", "INFO");

            assertThat(ask(client, pbx, info, SILENCE)).isEmpty();
            assertThat(ask(client, pbx, options(client.getLocalPort(), "call-3"), ANSWER)).get(
                    org.assertj.core.api.InstanceOfAssertFactories.STRING).contains("Call-ID: call-3");
        }
    }

    @Test
    void givenFrozenPbx_whenOptions_thenSilenceUntilThawThenAnswered() throws IOException {
        try (ScriptedAmiServer server = ScriptedAmiServer.start(ACCOUNT); DatagramSocket client = client()) {
            InetSocketAddress pbx = server.startSip();
            AmiFaults faults = AmiFaults.of(server);

            faults.freeze();
            Optional<String> whileFrozen = ask(client, pbx, options(client.getLocalPort(), "call-4"), SILENCE);
            faults.thaw();

            assertThat(whileFrozen).isEmpty();
            assertThat(receive(client, ANSWER)).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .as("the request that waited in the socket").contains("Call-ID: call-4");
        }
    }
}
