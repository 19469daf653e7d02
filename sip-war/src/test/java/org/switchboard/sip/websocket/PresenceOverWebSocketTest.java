package org.switchboard.sip.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.sip.presence.PresenceEndpoint;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.sip.DigestAnswer;

/**
 * SUBSCRIBE and NOTIFY of presence over the WS transport of the real stack, as JsSIP's Subscriber speaks it: its
 * SUBSCRIBE with a Contact on an {@code .invalid} host, the 200 it needs (Expires, To tag, Contact), and the NOTIFYs
 * over the same WebSocket with the Event and Subscription-State it checks. Its SUBSCRIBE is answered 401 first, and
 * sent again with the MD5 digest of the UA's credentials, as JsSIP's RequestSender does.
 */
class PresenceOverWebSocketTest {

    private final PresenceEndpoint server = new PresenceEndpoint().account("desk1", "201");

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void jsSipsSubscribe_isAnsweredAndNotified_overItsWebSocket_andHearsEveryChange() {
        ScriptedWebSocket socket = new ScriptedWebSocket(41001, false);
        WebSocketChannel channel = server.endpoint.webSockets().open(socket).orElseThrow();
        server.desk.set("201", PresenceStatus.BUSY, "");

        subscribe(channel, socket, "201");

        String answer = socket.awaitSent("SIP/2.0 200");
        assertThat(answer).contains("Expires: 600").containsPattern("To: <sip:201@127.0.0.1>;tag=\\w+")
                .containsPattern("Contact: <sip:201@127.0.0.1:\\d+;transport=ws");
        String first = socket.awaitSent("NOTIFY sip:q8rn3tbc@6v8tp6ck0c9h.invalid;transport=ws SIP/2.0");
        assertThat(first).contains("Event: presence").containsPattern("Subscription-State: active;expires=\\d+")
                .contains("Content-Type: application/pidf+xml").contains("<rpid:busy/>");
        channel.received(okTo(first));

        server.desk.set("201", PresenceStatus.AVAILABLE, "back");

        String second = socket.awaitSent("NOTIFY ", message -> message.contains("<note>back</note>"));
        assertThat(second).contains("<basic>open</basic>").doesNotContain("<rpid:busy/>");
    }

    @Test
    void aClosedWebSocket_endsTheSubscriptionAtItsNextNotify() {
        ScriptedWebSocket socket = new ScriptedWebSocket(41002, false);
        WebSocketConnections connections = server.endpoint.webSockets();
        WebSocketChannel channel = connections.open(socket).orElseThrow();
        subscribe(channel, socket, "202");
        channel.received(okTo(socket.awaitSent("NOTIFY ")));
        Await.until("the first NOTIFY answered", server.presence::quiet, Duration.ofSeconds(5));

        connections.closed(channel);
        server.desk.set("202", PresenceStatus.AWAY, "");

        Await.until("the subscription to end", () -> server.presence.subscriptions() == 0, Duration.ofSeconds(5));
    }

    /** JsSIP's SUBSCRIBE, its 401, and the SUBSCRIBE again with the digest of the UA's credentials (the last one kept). */
    private static void subscribe(WebSocketChannel channel, ScriptedWebSocket socket, String user) {
        String callId = UUID.randomUUID().toString();
        channel.received(jsSipSubscribe(user, callId, 8634, null));
        List<String> challenges = socket.awaitSent("SIP/2.0 401").lines()
                .filter(line -> line.startsWith("WWW-Authenticate: ")).map(line -> line.substring(18)).toList();
        String authorization = DigestAnswer.authorization(challenges.subList(challenges.size() - 1, challenges.size()),
                "MD5", "SUBSCRIBE", "desk1", PresenceEndpoint.PASSWORD, "sip:" + user + "@127.0.0.1", 1);
        channel.received(jsSipSubscribe(user, callId, 8635, authorization));
    }

    /** JsSIP 3.13's Subscriber SUBSCRIBE (Subscriber.js, UA contact on a random .invalid host). */
    private static byte[] jsSipSubscribe(String user, String callId, int cseq, String authorization) {
        return ("SUBSCRIBE sip:" + user + "@127.0.0.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/WS 6v8tp6ck0c9h.invalid;branch=z9hG4bK" + callId + cseq + "\r\n"
                + "Max-Forwards: 69\r\n"
                + "To: <sip:" + user + "@127.0.0.1>\r\n"
                + "From: <sip:desk1@127.0.0.1>;tag=r2c5elj9ri\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: " + cseq + " SUBSCRIBE\r\n"
                + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                + "Event: presence\r\n"
                + "Expires: 600\r\n"
                + "Accept: application/pidf+xml\r\n"
                + "Contact: <sip:q8rn3tbc@6v8tp6ck0c9h.invalid;transport=ws>\r\n"
                + "Allow: INVITE,ACK,CANCEL,BYE,UPDATE,MESSAGE,OPTIONS,REFER,INFO,NOTIFY,SUBSCRIBE\r\n"
                + "Supported: outbound\r\n"
                + "User-Agent: JsSIP 3.13.8\r\n"
                + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** JsSIP's 200 to a NOTIFY in its dialog. */
    private static byte[] okTo(String request) {
        StringBuilder answer = new StringBuilder("SIP/2.0 200 OK\r\n");
        request.lines().filter(line -> line.startsWith("Via:") || line.startsWith("From:") || line.startsWith("To:")
                || line.startsWith("Call-ID:") || line.startsWith("CSeq:")).forEach(line -> answer.append(line)
                .append("\r\n"));
        return answer.append("Content-Length: 0\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
