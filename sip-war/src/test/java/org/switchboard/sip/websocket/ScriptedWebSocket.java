package org.switchboard.sip.websocket;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.switchboard.testkit.Await;

/**
 * The far end of one WebSocket in a component test without a servlet container: what the server sends over it
 * is kept as text, in order, and the test sends SIP messages through the channel the stack gave it. It stands in
 * for Undertow's WebSocket session only (which needs WildFly); the stack, the parser and the dispatcher are
 * real. The WebSocket itself is tested against WildFly in the integration tests.
 */
final class ScriptedWebSocket implements WebSocketPeer {

    private final InetSocketAddress remote;
    private final boolean secure;
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private volatile String closedWith;

    ScriptedWebSocket(int port, boolean secure) {
        this.remote = new InetSocketAddress("127.0.0.1", port);
        this.secure = secure;
    }

    @Override
    public InetSocketAddress remote() {
        return remote;
    }

    @Override
    public boolean secure() {
        return secure;
    }

    @Override
    public void send(String message) {
        sent.add(message);
    }

    @Override
    public void close(String reason) {
        closedWith = reason;
    }

    /** Everything the server sent so far. */
    List<String> sent() {
        return List.copyOf(sent);
    }

    /** Waits for a message from the server that starts with {@code startLine}. */
    String awaitSent(String startLine) {
        return awaitSent(startLine, message -> true);
    }

    String awaitSent(String startLine, Predicate<String> condition) {
        return Await.value("a message starting " + startLine + " (sent: " + sent + ")", () -> sent.stream()
                .filter(message -> message.startsWith(startLine) && condition.test(message)).findFirst(),
                java.time.Duration.ofSeconds(5));
    }

    Optional<String> closedWith() {
        return Optional.ofNullable(closedWith);
    }
}
