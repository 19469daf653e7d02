package org.switchboard.it.presence;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.switchboard.it.TestServer;
import org.switchboard.testkit.sip.DigestAnswer;

/**
 * A SIP watcher of the randomised test over the SIP WebSocket (RFC 7118), as the browser console's JsSIP Subscriber
 * watches: one WebSocket from a {@code .invalid} host, a SUBSCRIBE to the presence of each user in JsSIP's form, each
 * NOTIFY answered 200 over the same WebSocket ({@link NotifiedPresence} keeps what they said). When
 * the application is redeployed its WebSocket is gone, and it opens a new one and subscribes afresh, as the page does
 * when it reconnects ({@link #resubscribe()}).
 */
final class WebSocketSubscriber implements PresenceView, AutoCloseable {

    private static final Duration ANSWER = Duration.ofSeconds(10);

    private final List<String> users;
    private final String login;
    private final String password;
    private final String host = UUID.randomUUID().toString().substring(0, 12) + ".invalid";
    private final Map<String, String> userOfDialog = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<String>> answers = new ConcurrentHashMap<>();
    private final NotifiedPresence notified = new NotifiedPresence();
    private WebSocket socket;

    private WebSocketSubscriber(List<String> users, String login, String password) {
        this.users = users;
        this.login = login;
        this.password = password;
    }

    /**
     * Opens the WebSocket and subscribes to each user as {@code login} (answering the server's digest challenge with
     * {@code password}, as JsSIP does with its UA's credentials); fails unless each SUBSCRIBE is answered 2xx.
     */
    static WebSocketSubscriber subscribedTo(List<String> users, String login, String password) {
        WebSocketSubscriber subscriber = new WebSocketSubscriber(users, login, password);
        subscriber.subscribe();
        return subscriber;
    }

    /** A new WebSocket and a new subscription to each user (the old dialogs are forgotten). */
    void resubscribe() {
        socket.abort();
        userOfDialog.clear();
        notified.forget();
        subscribe();
    }

    private void subscribe() {
        URI uri = TestServer.sipWebSocket();
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("sip")
                    .header("Origin", "http://" + uri.getHost() + ":" + uri.getPort())
                    .buildAsync(uri, new Reader()).get(ANSWER.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("cannot open the SIP WebSocket " + uri + ": " + e, e);
        }
        for (String user : users) {
            String callId = UUID.randomUUID().toString();
            userOfDialog.put(callId, user);
            String answer = answered(user, callId, 1, null);
            if (answer.startsWith("SIP/2.0 401")) {
                String target = "sip:" + user + "@" + TestServer.sipWebSocket().getHost();
                answer = answered(user, callId, 2, DigestAnswer.authorization(challenges(answer), "MD5", "SUBSCRIBE",
                        login, password, target, 1));
            }
            if (!answer.startsWith("SIP/2.0 2")) {
                throw new AssertionError("SUBSCRIBE to " + user + " over WebSocket answered " + answer.lines()
                        .findFirst().orElse(""));
            }
        }
    }

    /** Sends a SUBSCRIBE and waits for its final answer (the whole message). */
    private String answered(String user, String callId, int cseq, String authorization) {
        CompletableFuture<String> answer = new CompletableFuture<>();
        answers.put(callId, answer);
        send(subscribe(user, callId, cseq, authorization));
        try {
            return answer.get(ANSWER.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("SUBSCRIBE to " + user + " over WebSocket: no answer within " + ANSWER, e);
        }
    }

    private static List<String> challenges(String answer) {
        return answer.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith("www-authenticate:"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).toList();
    }

    /** JsSIP 3.13's Subscriber SUBSCRIBE, from this page's desk (with its answer to a challenge when it has one). */
    private String subscribe(String user, String callId, int cseq, String authorization) {
        String domain = TestServer.sipWebSocket().getHost();
        return "SUBSCRIBE sip:" + user + "@" + domain + " SIP/2.0\r\n"
                + "Via: SIP/2.0/WS " + host + ";branch=z9hG4bK" + UUID.randomUUID().toString().replace("-", "") + "\r\n"
                + "Max-Forwards: 69\r\n"
                + "To: <sip:" + user + "@" + domain + ">\r\n"
                + "From: <sip:" + login + "@" + domain + ">;tag=" + callId.substring(0, 10) + "\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: " + cseq + " SUBSCRIBE\r\n"
                + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                + "Event: presence\r\n"
                + "Expires: 3600\r\n"
                + "Accept: " + SipSubscriber.PIDF + "\r\n"
                + "Contact: <sip:watcher@" + host + ";transport=ws>\r\n"
                + "Supported: outbound\r\n"
                + "User-Agent: JsSIP 3.13.8\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    private void send(String message) {
        synchronized (answers) {
            socket.sendText(message, true).join();
        }
    }

    /** One SIP message from the server: a SUBSCRIBE's answer, or a NOTIFY, which it answers 200 and keeps. */
    private void received(String message) {
        int end = message.indexOf("\r\n\r\n");
        String head = end < 0 ? message : message.substring(0, end);
        String body = end < 0 ? "" : message.substring(end + 4);
        String[] lines = head.split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1)
                        .trim());
            }
        }
        String callId = headers.getOrDefault("call-id", "");
        if (lines[0].startsWith("SIP/2.0 ")) {
            if (!lines[0].startsWith("SIP/2.0 1")) {
                Optional.ofNullable(answers.remove(callId)).ifPresent(answer -> answer.complete(message));
            }
        } else if (lines[0].startsWith("NOTIFY ")) {
            send(ok(lines, headers));
            Optional.ofNullable(userOfDialog.get(callId)).ifPresent(user -> notified.notified(user,
                    headers.getOrDefault("cseq", "0 NOTIFY"), headers.getOrDefault("subscription-state", ""), body));
        }
    }

    private static String ok(String[] lines, Map<String, String> headers) {
        StringBuilder ok = new StringBuilder("SIP/2.0 200 OK\r\n");
        for (int i = 1; i < lines.length; i++) {
            String name = lines[i].substring(0, Math.max(0, lines[i].indexOf(':'))).trim().toLowerCase();
            if (List.of("via", "from", "to", "call-id", "cseq").contains(name)) {
                ok.append(lines[i]).append("\r\n");
            }
        }
        return ok.append("Content-Length: 0\r\n\r\n").toString();
    }

    @Override
    public String name() {
        return "SIP subscriber over WebSocket";
    }

    @Override
    public List<String> watches() {
        return users;
    }

    @Override
    public Optional<ExpectedPresence.Seen> seen(String user) {
        return notified.seen(user);
    }

    @Override
    public String told(String user) {
        return notified.told(user);
    }

    @Override
    public void close() {
        socket.abort();
    }

    /** Joins the parts of each text message; each whole one is a SIP message. */
    private final class Reader implements WebSocket.Listener {

        private final StringBuilder parts = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            parts.append(data);
            if (last) {
                String message = parts.toString();
                parts.setLength(0);
                CompletableFuture.runAsync(() -> received(message));
            }
            webSocket.request(1);
            return null;
        }
    }
}
