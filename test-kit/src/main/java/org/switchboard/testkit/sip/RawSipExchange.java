package org.switchboard.testkit.sip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Sends exact bytes to a SIP server over a plain socket and reads the first response, for tests of messages
 * a SIP stack would refuse to build. Each exchange uses its own socket on 127.0.0.1, so a response can only
 * be the answer to these bytes.
 */
final class RawSipExchange {

    private static final int MAX_DATAGRAM = 65_535;

    private RawSipExchange() {
    }

    /** Sends the bytes and returns the first {@code count} responses, in the order they came. */
    static List<SipReply> send(String raw, SipTarget target, SipTransport transport, Duration timeout, int count) {
        byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + timeout.toNanos();
        List<SipReply> replies = new ArrayList<>();
        try {
            if (transport == SipTransport.UDP) {
                overUdp(bytes, target, deadline, count, replies);
            } else {
                overTcp(bytes, target, deadline, count, replies, raw, timeout);
            }
            return List.copyOf(replies);
        } catch (SocketTimeoutException e) {
            throw noAnswer(raw, target, transport, timeout,
                    replies.isEmpty() ? "nothing came back" : "only " + replies + " came back");
        } catch (IOException e) {
            throw new UncheckedIOException("raw exchange with " + transport.id() + " " + target + " failed", e);
        }
    }

    private static void overUdp(byte[] bytes, SipTarget target, long deadline, int count, List<SipReply> replies)
            throws IOException {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            socket.send(new DatagramPacket(bytes, bytes.length, target.socketAddress()));
            byte[] buffer = new byte[MAX_DATAGRAM];
            while (replies.size() < count) {
                socket.setSoTimeout(remainingMillis(deadline));
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
                if (text.startsWith("SIP/2.0 ")) {
                    replies.add(parse(text));
                }
                // keep-alive pongs and stray datagrams are not the answer; wait on
            }
        }
    }

    private static void overTcp(byte[] bytes, SipTarget target, long deadline, int count, List<SipReply> replies,
            String raw, Duration timeout) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(target.socketAddress(), remainingMillis(deadline));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            while (replies.size() < count) {
                socket.setSoTimeout(remainingMillis(deadline));
                String head = readHead(in);
                if (head == null) {
                    throw noAnswer(raw, target, SipTransport.TCP, timeout, "the server closed the connection"
                            + (replies.isEmpty() ? "" : " after " + replies));
                }
                OptionalInt length = contentLength(head);
                String body = length.isPresent() ? readBody(in, length.getAsInt()) : "";
                replies.add(parse(head + body));
            }
        }
    }

    /** Reads up to and including the blank line; null when the stream ends first. Skips leading CRLFs. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            if (head.size() == 0 && (c == '\r' || c == '\n')) {
                continue;
            }
            head.write(c);
            if (endsWithBlankLine(head.toByteArray())) {
                return head.toString(StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static boolean endsWithBlankLine(byte[] bytes) {
        int n = bytes.length;
        return n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n';
    }

    private static String readBody(InputStream in, int length) throws IOException {
        byte[] body = in.readNBytes(length);
        return new String(body, StandardCharsets.UTF_8);
    }

    private static OptionalInt contentLength(String head) {
        return parse(head).header("Content-Length").map(v -> OptionalInt.of(Integer.parseInt(v)))
                .orElse(OptionalInt.empty());
    }

    /** Parses a status line, headers (unfolding continuation lines) and the body. */
    static SipReply parse(String text) {
        int split = text.indexOf("\r\n\r\n");
        int bodyStart = split < 0 ? text.length() : split + 4;
        String[] lines = text.substring(0, split < 0 ? text.length() : split).split("\r?\n");
        String[] status = lines[0].split(" ", 3);
        if (status.length < 2 || !status[0].equals("SIP/2.0")) {
            throw new AssertionError("not a SIP response: " + lines[0]);
        }
        List<String> fields = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (!fields.isEmpty() && (line.startsWith(" ") || line.startsWith("\t"))) {
                fields.set(fields.size() - 1, fields.get(fields.size() - 1) + " " + line.trim());
            } else if (!line.isEmpty()) {
                fields.add(line);
            }
        }
        List<SipHeader> headers = new ArrayList<>();
        for (String field : fields) {
            int colon = field.indexOf(':');
            if (colon > 0) {
                headers.add(SipHeaders.header(field.substring(0, colon), field.substring(colon + 1)));
            }
        }
        return new SipReply(Integer.parseInt(status[1]), status.length > 2 ? status[2] : "", new SipHeaders(headers),
                text.substring(Math.min(bodyStart, text.length())));
    }

    private static int remainingMillis(long deadline) throws SocketTimeoutException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        return (int) Math.min(left, Integer.MAX_VALUE);
    }

    private static AssertionError noAnswer(String raw, SipTarget target, SipTransport transport, Duration timeout,
            String what) {
        String firstLine = raw.lines().findFirst().orElse("");
        return new AssertionError("No SIP response within " + timeout.toMillis() + " ms from " + transport.id() + " "
                + target + " to the raw message starting '" + firstLine + "': " + what);
    }
}
