package org.switchboard.sip.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.switchboard.console.model.DigestAlgorithm;
import org.switchboard.protocol.ConsoleMediaTypes;
import org.switchboard.testkit.Await;

/**
 * A console client over one plain TCP connection, for component tests: it writes requests as text, reads every
 * message the server sends on that connection, answers the server's MESSAGEs with 200 while
 * {@link #answering} is set, and does the client side of SIP digest. It listens nowhere else, so anything the
 * server sends it must come over this connection.
 */
final class ConsoleClient implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Pattern PARAM = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]+))");

    final AtomicBoolean answering = new AtomicBoolean(true);
    private final Socket socket;
    private final OutputStream out;
    private final int serverPort;
    private final LinkedBlockingQueue<SipText> responses = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<SipText> requests = new LinkedBlockingQueue<>();
    private final Thread reader;
    private long cseq;
    private String session;

    ConsoleClient(int serverPort) throws IOException {
        this.serverPort = serverPort;
        this.socket = new Socket(InetAddress.getLoopbackAddress(), serverPort);
        this.out = socket.getOutputStream();
        this.reader = new Thread(this::read, "console-client-" + socket.getLocalPort());
        reader.setDaemon(true);
        reader.start();
    }

    int localPort() {
        return socket.getLocalPort();
    }

    /** Sends a request with a fresh Call-ID and returns its final response. */
    synchronized SipText send(String method, String contentType, String body, String... extraHeaders) {
        String callId = UUID.randomUUID().toString();
        return exchange(method, callId, contentType, body, List.of(extraHeaders));
    }

    /** A command of the logged-in session. */
    SipText command(String json) {
        return send("MESSAGE", ConsoleMediaTypes.COMMAND, json, "Switchboard-Session: " + session);
    }

    SipText options() {
        return send("OPTIONS", null, null);
    }

    /** LOG_IN: the challenge, then the answer with the SHA-256 (or MD5) credentials; returns the last response. */
    synchronized SipText logIn(String login, String password, String algorithm) {
        String callId = UUID.randomUUID().toString();
        String body = "{\"command\":\"LOG_IN\",\"seq\":1}";
        SipText challenge = exchange("MESSAGE", callId, ConsoleMediaTypes.COMMAND, body, List.of());
        if (challenge.status() != 401) {
            return challenge;
        }
        String authorization = authorization(challenge, algorithm, login, password, 1);
        SipText answer = exchange("MESSAGE", callId, ConsoleMediaTypes.COMMAND, body, List.of("Authorization: " + authorization));
        answer.header("Switchboard-Session").ifPresent(id -> session = id);
        return answer;
    }

    /** The Authorization value answering the challenge for {@code algorithm} in this 401. */
    String authorization(SipText challenge, String algorithm, String login, String password, int nc) {
        String www = challenge.all("WWW-Authenticate").stream().filter(v -> v.contains("algorithm=" + algorithm))
                .findFirst().orElseThrow(() -> new AssertionError("no " + algorithm + " challenge in " + challenge));
        String realm = param(www, "realm");
        String nonce = param(www, "nonce");
        DigestAlgorithm h = DigestAlgorithm.valueOf(algorithm.replace('-', '_'));
        String uri = requestUri();
        String count = String.format("%08x", nc);
        String cnonce = "c" + nc;
        String ha1 = h.ha1(login, realm, password);
        String response = h.hex(ha1 + ":" + nonce + ":" + count + ":" + cnonce + ":auth:" + h.hex("MESSAGE:" + uri));
        return "Digest username=\"" + login + "\", realm=\"" + realm + "\", nonce=\"" + nonce + "\", uri=\"" + uri
                + "\", response=\"" + response + "\", algorithm=" + algorithm + ", qop=auth, nc=" + count
                + ", cnonce=\"" + cnonce + "\", opaque=\"" + param(www, "opaque") + "\"";
    }

    static String param(String header, String name) {
        Matcher matcher = PARAM.matcher(header);
        while (matcher.find()) {
            if (matcher.group(1).equalsIgnoreCase(name)) {
                return matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            }
        }
        return null;
    }

    private String requestUri() {
        return "sip:switchboard@127.0.0.1:" + serverPort + ";transport=tcp";
    }

    /** Sends a request without waiting for its answer; returns its CSeq number for {@link #awaitResponse(long)}. */
    synchronized long sendOnly(String method, String contentType, String body, String... extraHeaders) {
        long number = ++cseq;
        write(request(method, UUID.randomUUID().toString(), number, contentType, body, List.of(extraHeaders)));
        return number;
    }

    SipText awaitResponse(long number) {
        return awaitResponse(number, PATIENCE);
    }

    SipText awaitResponse(long number, Duration patience) {
        return Await.value("the final response to request " + number, () -> takeResponse(number), patience);
    }

    /** Answers a request of the server with 200, as the client does by itself while {@link #answering}. */
    void answer(SipText request) {
        write(ok(request));
    }

    /** Sends a request with this Call-ID and returns its final response. */
    synchronized SipText exchange(String method, String callId, String contentType, String body, List<String> extra) {
        long number = ++cseq;
        write(request(method, callId, number, contentType, body, extra));
        return Await.value("the final response to " + method + " " + number, () -> takeResponse(number), PATIENCE);
    }

    /** Writes these bytes as they are. */
    void write(String text) {
        try {
            synchronized (out) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            throw new AssertionError("cannot write to the server", e);
        }
    }

    String request(String method, String callId, long number, String contentType, String body, List<String> extra) {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder(method).append(' ').append(requestUri()).append(" SIP/2.0\r\n")
                .append("Via: SIP/2.0/TCP 127.0.0.1:").append(socket.getLocalPort()).append(";rport;branch=z9hG4bK")
                .append(UUID.randomUUID()).append("\r\n")
                .append("Max-Forwards: 70\r\n")
                .append("From: <sip:console@127.0.0.1>;tag=").append(callId, 0, 8).append("\r\n")
                .append("To: <sip:switchboard@127.0.0.1>\r\n")
                .append("Call-ID: ").append(callId).append("\r\n")
                .append("CSeq: ").append(number).append(' ').append(method).append("\r\n");
        if (contentType != null) {
            text.append("Content-Type: ").append(contentType).append("\r\n");
        }
        extra.forEach(header -> text.append(header).append("\r\n"));
        return text.append("Content-Length: ").append(bytes.length).append("\r\n\r\n").append(body == null ? "" : body)
                .toString();
    }

    private synchronized Optional<SipText> takeResponse(long number) {
        for (SipText response : responses) {
            if (response.cseq() == number && response.status() >= 200) {
                responses.remove(response);
                return Optional.of(response);
            }
        }
        return Optional.empty();
    }

    /** Final responses received and not taken, oldest first. */
    List<SipText> unclaimedResponses() {
        return new ArrayList<>(responses);
    }

    /** Waits for the next request the server sent on this connection. */
    SipText awaitRequest() {
        return Await.value("a request from the server on " + socket.getLocalPort(),
                () -> Optional.ofNullable(requests.poll()), PATIENCE);
    }

    /** The requests received and not yet taken. */
    List<SipText> receivedRequests() {
        return new ArrayList<>(requests);
    }

    private void read() {
        try {
            InputStream in = socket.getInputStream();
            while (true) {
                SipText message = next(in);
                if (message == null) {
                    return;
                }
                if (message.isResponse()) {
                    responses.add(message);
                } else {
                    requests.add(message);
                    if (answering.get()) {
                        write(ok(message));
                    }
                }
            }
        } catch (IOException e) {
            // the connection ended
        }
    }

    private static String ok(SipText request) {
        StringBuilder text = new StringBuilder("SIP/2.0 200 OK\r\n");
        request.all("Via").forEach(via -> text.append("Via: ").append(via).append("\r\n"));
        text.append("From: ").append(request.header("From").orElseThrow()).append("\r\n")
                .append("To: ").append(request.header("To").orElseThrow()).append(";tag=client\r\n")
                .append("Call-ID: ").append(request.header("Call-ID").orElseThrow()).append("\r\n")
                .append("CSeq: ").append(request.header("CSeq").orElseThrow()).append("\r\n")
                .append("Content-Length: 0\r\n\r\n");
        return text.toString();
    }

    /** The next message on the stream; null at its end. Keep-alive line breaks are skipped. */
    private static SipText next(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int lastFour = 0;
        while (lastFour != 0x0D0A0D0A) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            if (head.size() == 0 && (b == '\r' || b == '\n')) {
                continue;
            }
            head.write(b);
            lastFour = (lastFour << 8) | b;
        }
        String[] lines = head.toString(StandardCharsets.UTF_8).split("\r\n");
        List<String[]> headers = new ArrayList<>();
        int length = 0;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String name = lines[i].substring(0, colon).trim();
                String value = lines[i].substring(colon + 1).trim();
                headers.add(new String[] {name, value});
                if (name.equalsIgnoreCase("Content-Length") || name.equals("l")) {
                    length = Integer.parseInt(value);
                }
            }
        }
        byte[] body = in.readNBytes(length);
        return new SipText(lines[0], headers, body);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
