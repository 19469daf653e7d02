package org.switchboard.testkit.console;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One SIP WebSocket (RFC 7118, subprotocol {@code sip}) through the JDK's WebSocket client, as a browser opens it:
 * with the page's Origin, each SIP message in one text message, a Via naming WS and a {@code .invalid} host. The
 * server's messages are handled on a thread of their own, in order, never on the client library's threads.
 */
final class WebSocketWire implements ConsoleWire {

    private final URI uri;
    private final String sentBy = UUID.randomUUID().toString().substring(0, 12) + ".invalid";
    private final ExecutorService incoming = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "console-client-ws");
        thread.setDaemon(true);
        return thread;
    });
    private final CompletableFuture<Boolean> end = new CompletableFuture<>();
    private volatile Consumer<SipMessage> received = message -> { };
    private volatile WebSocket socket;
    private volatile boolean leaving;

    private WebSocketWire(URI uri) {
        this.uri = uri;
    }

    /**
     * Opens a WebSocket to {@code uri} (such as {@code ws://127.0.0.1:8080/sip/ws}) with the page origin
     * {@code origin}.
     */
    static WebSocketWire connect(URI uri, String origin) {
        WebSocketWire wire = new WebSocketWire(uri);
        try {
            wire.socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("sip").header("Origin", origin)
                    .buildAsync(uri, wire.new Reader()).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot open the SIP WebSocket " + uri + ": " + e, e);
        }
        return wire;
    }

    @Override
    public String serverUri() {
        return "sip:switchboard@" + uri.getHost() + ":" + uri.getPort() + ";transport=ws";
    }

    @Override
    public String via() {
        return "WS " + sentBy;
    }

    @Override
    public int localPort() {
        return -1;
    }

    @Override
    public void send(byte[] message) throws IOException {
        try {
            synchronized (this) {
                socket.sendText(new String(message, StandardCharsets.UTF_8), true).join();
            }
        } catch (CompletionException e) {
            throw new IOException("cannot send over the SIP WebSocket: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void start(Consumer<SipMessage> listener, Consumer<Boolean> ended) {
        received = listener;
        end.thenAccept(byServer -> incoming.execute(() -> ended.accept(byServer)));
    }

    @Override
    public void close() {
        leaving = true;
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            socket.abort();
        }
        end.complete(false);
        incoming.shutdown();
    }

    @Override
    public void abort() {
        leaving = true;
        socket.abort();
        end.complete(false);
        incoming.shutdown();
    }

    /** Joins the parts of each text message and hands whole SIP messages to the incoming thread. */
    private final class Reader implements WebSocket.Listener {

        private final StringBuilder parts = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            parts.append(data);
            if (last) {
                byte[] message = parts.toString().getBytes(StandardCharsets.UTF_8);
                parts.setLength(0);
                incoming.execute(() -> deliver(message));
            }
            webSocket.request(1);
            return null;
        }

        private void deliver(byte[] message) {
            try {
                SipMessage parsed = SipWire.next(new ByteArrayInputStream(message));
                if (parsed != null) {
                    received.accept(parsed);
                }
            } catch (IOException e) {
                throw new IllegalStateException("the server sent a message that is not SIP", e);
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            end.complete(!leaving);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            end.complete(!leaving);
        }
    }
}
