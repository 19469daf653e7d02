package org.switchboard.testkit.websocket;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A WebSocket client on a plain TCP socket to 127.0.0.1, as raw as a test needs: the test writes the handshake's
 * bytes itself ({@link #write(String)}, as many writes as it likes), reads the server's HTTP answer
 * ({@link #readHandshakeAnswer()}), then sends frames of its choosing ({@link #sendFrame}) and reads the server's
 * frames ({@link #readFrame()}). Every read waits at most the patience given when connecting.
 */
public final class RawWebSocket implements AutoCloseable {

    public static final int CONTINUATION = 0x0;
    public static final int TEXT = 0x1;
    public static final int BINARY = 0x2;
    public static final int CLOSE = 0x8;
    public static final int PING = 0x9;
    public static final int PONG = 0xA;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Socket socket;
    private final OutputStream out;
    private final DataInputStream in;

    private RawWebSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
    }

    /** Connects to {@code port} on 127.0.0.1; each read gives up after {@code patience}. */
    public static RawWebSocket connect(int port, Duration patience) {
        try {
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) patience.toMillis());
            return new RawWebSocket(socket);
        } catch (IOException e) {
            throw new IllegalStateException("cannot connect to 127.0.0.1:" + port, e);
        }
    }

    /**
     * Connects over TLS to {@code port} on 127.0.0.1, trusting whatever certificate the server shows (a test server's
     * self-signed one); each read gives up after {@code patience}.
     */
    public static RawWebSocket connectTls(int port, Duration patience) {
        try {
            javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
            context.init(null, new javax.net.ssl.TrustManager[] {new AnyCertificate()}, RANDOM);
            javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) context.getSocketFactory()
                    .createSocket(InetAddress.getLoopbackAddress(), port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) patience.toMillis());
            socket.startHandshake();
            return new RawWebSocket(socket);
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot connect over TLS to 127.0.0.1:" + port, e);
        }
    }

    /** A fresh Sec-WebSocket-Key: 16 random bytes in base64. */
    public static String newKey() {
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** The Sec-WebSocket-Accept a server must answer to {@code key} (RFC 6455 section 4.2.2). */
    public static String acceptFor(String key) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-1").digest(
                    (key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.ISO_8859_1));
            return Base64.getEncoder().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-1", e);
        }
    }

    /** The handshake request with these header lines (each {@code Name: value}), ended by the blank line. */
    public static String handshake(String path, String... headerLines) {
        StringBuilder request = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        return request.append("\r\n").toString();
    }

    /** Writes these bytes (ISO-8859-1) at once and flushes them: one TCP write. */
    public void write(String bytes) {
        try {
            out.write(bytes.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write to the server", e);
        }
    }

    /** The server's answer to the handshake: status and headers (names in lower case), up to the blank line. */
    public HttpAnswer readHandshakeAnswer() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int lastFour = 0;
        while (lastFour != 0x0D0A0D0A) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the server closed the connection after " + head.size() + " bytes: " + head);
            }
            head.write(b);
            lastFour = (lastFour << 8) | b;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
        }
        return new HttpAnswer(Integer.parseInt(lines[0].split(" ")[1]), lines[0], headers);
    }

    /** Sends one masked frame. */
    public void sendFrame(boolean fin, int opcode, byte[] payload) {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write((fin ? 0x80 : 0) | opcode);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else if (payload.length < 65536) {
            frame.write(0x80 | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xFF);
        } else {
            frame.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) (((long) payload.length >>> shift) & 0xFF));
            }
        }
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        frame.writeBytes(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        try {
            out.write(frame.toByteArray());
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a frame to the server", e);
        }
    }

    /** Sends {@code text} as one text message split into {@code parts} frames: a text frame and continuations. */
    public void sendFragmented(String text, int parts) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int size = (bytes.length + parts - 1) / parts;
        for (int part = 0; part < parts; part++) {
            int from = Math.min(bytes.length, part * size);
            int to = part == parts - 1 ? bytes.length : Math.min(bytes.length, from + size);
            byte[] fragment = java.util.Arrays.copyOfRange(bytes, from, to);
            sendFrame(part == parts - 1, part == 0 ? TEXT : CONTINUATION, fragment);
        }
    }

    /** Sends {@code text} as one text frame. */
    public void sendText(String text) {
        sendFrame(true, TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The server's next frame (servers do not mask theirs). */
    public Frame readFrame() throws IOException {
        int first = in.readUnsignedByte();
        int second = in.readUnsignedByte();
        long length = second & 0x7F;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] mask = (second & 0x80) != 0 ? in.readNBytes(4) : null;
        byte[] payload = in.readNBytes((int) length);
        if (mask != null) {
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i % 4];
            }
        }
        return new Frame((first & 0x80) != 0, first & 0x0F, payload);
    }

    /** The server's next whole text message, its fragments joined; control frames before it are skipped. */
    public String readText() throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        while (true) {
            Frame frame = readFrame();
            if (frame.opcode() == CLOSE) {
                throw new IOException("the server closed the WebSocket: " + frame);
            }
            if (frame.opcode() == TEXT || frame.opcode() == CONTINUATION) {
                message.writeBytes(frame.payload());
                if (frame.fin()) {
                    return message.toString(StandardCharsets.UTF_8);
                }
            }
        }
    }

    /**
     * True when the server sends nothing and does not close the connection within {@code time}: a bounded wait for
     * silence, which reads nothing away (a byte that came stays to be read).
     */
    public boolean nothingWithin(Duration time) throws IOException {
        int patience = socket.getSoTimeout();
        socket.setSoTimeout((int) time.toMillis());
        in.mark(1);
        try {
            in.read();
            in.reset();
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        } finally {
            socket.setSoTimeout(patience);
        }
    }

    /** The input stream, for a test that reads what follows itself. */
    public InputStream input() {
        return in;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    /** Trusts any server certificate: for a test server's self-signed one only. */
    private static final class AnyCertificate implements javax.net.ssl.X509TrustManager {

        @Override
        public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType) {
            // a client certificate is never asked for
        }

        @Override
        public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType) {
            // the test server's self-signed certificate, made at its first use
        }

        @Override
        public java.security.cert.X509Certificate[] getAcceptedIssuers() {
            return new java.security.cert.X509Certificate[0];
        }
    }

    /** The server's answer to a handshake. */
    public record HttpAnswer(int status, String statusLine, Map<String, String> headers) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** One frame as the server sent it. */
    public record Frame(boolean fin, int opcode, byte[] payload) {

        public String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "frame opcode " + opcode + (fin ? " fin " : " ") + payload.length + " bytes";
        }
    }
}
