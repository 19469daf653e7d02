package org.switchboard.it.pair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The test gateway's qualify behaves as Asterisk 22's: an OPTIONS over UDP whose Request-URI user is the console's
 * peer, any answer (a 503 too) counts as reachable, silence for the qualify's timeout as unreachable.
 */
class TestGatewayQualifyTest {

    @Test
    void anAnswerEvenA503CountsAsReachable_andTheRequestNamesTheConsolesPeer() throws Exception {
        try (DatagramSocket console = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            CompletableFuture<String> request = CompletableFuture.supplyAsync(() -> answer(console,
                    "SIP/2.0 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n"));

            assertThat(TestGateway.qualify(console.getLocalPort())).contains(503);
            assertThat(request.get(5, TimeUnit.SECONDS)).startsWith("OPTIONS sip:npa10001@127.0.0.1:"
                    + console.getLocalPort() + " SIP/2.0\r\n").contains("\r\nCSeq: 1 OPTIONS\r\n");
        }
    }

    @Test
    void silenceForTheQualifysTimeoutIsUnreachable() throws Exception {
        try (DatagramSocket console = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            long start = System.nanoTime();

            assertThat(TestGateway.qualify(console.getLocalPort())).isEmpty();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
                    .isGreaterThanOrEqualTo(TestGateway.QUALIFY_TIMEOUT_MILLIS);
        }
    }

    /** Receives one request on {@code console} and answers {@code response} to where it came from; returns it. */
    private static String answer(DatagramSocket console, String response) {
        try {
            byte[] buffer = new byte[65_535];
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            console.receive(packet);
            byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
            console.send(new DatagramPacket(bytes, bytes.length, packet.getSocketAddress()));
            return new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
