package org.switchboard.testkit.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The raw client's frames on the wire, read by a plain server socket on 127.0.0.1. */
class RawWebSocketTest {

    @Test
    void clientFrames_areMasked_withTheLengthInTheFormItsSizeNeeds() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                RawWebSocket client = RawWebSocket.connect(server.getLocalPort(), Duration.ofSeconds(5));
                Socket accepted = server.accept()) {
            DataInputStream in = new DataInputStream(accepted.getInputStream());
            for (int size : new int[] {5, 300, 70_000}) {
                byte[] payload = new byte[size];
                Arrays.fill(payload, (byte) 'x');

                client.sendFrame(size != 300, size == 5 ? RawWebSocket.TEXT : RawWebSocket.CONTINUATION, payload);

                int first = in.readUnsignedByte();
                int second = in.readUnsignedByte();
                long length = (second & 0x7F) == 126 ? in.readUnsignedShort()
                        : (second & 0x7F) == 127 ? in.readLong() : second & 0x7F;
                byte[] mask = in.readNBytes(4);
                byte[] masked = in.readNBytes((int) length);
                assertThat(second & 0x80).as("mask bit").isEqualTo(0x80);
                assertThat(length).isEqualTo(size);
                assertThat(first & 0x80).isEqualTo(size != 300 ? 0x80 : 0);
                assertThat(first & 0x0F).isEqualTo(size == 5 ? RawWebSocket.TEXT : RawWebSocket.CONTINUATION);
                for (int i = 0; i < masked.length; i++) {
                    masked[i] ^= mask[i % 4];
                }
                assertThat(masked).isEqualTo(payload);
            }
        }
    }

    @Test
    void serverFrames_areRead_andFragmentsJoined_pastAPing() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                RawWebSocket client = RawWebSocket.connect(server.getLocalPort(), Duration.ofSeconds(5));
                Socket accepted = server.accept()) {
            OutputStream out = accepted.getOutputStream();
            byte[] head = "SIP/2.0 200 OK\r\n".getBytes(StandardCharsets.UTF_8);
            byte[] tail = new byte[200];
            Arrays.fill(tail, (byte) 'y');
            out.write(new byte[] {(byte) 0x01, (byte) head.length});
            out.write(head);
            out.write(new byte[] {(byte) 0x89, 0});
            out.write(new byte[] {(byte) 0x80, 126, 0, (byte) 200});
            out.write(tail);
            out.flush();

            assertThat(client.readText()).isEqualTo("SIP/2.0 200 OK\r\n" + "y".repeat(200));
            assertThat(client.nothingWithin(Duration.ofMillis(100))).isTrue();
        }
    }
}
