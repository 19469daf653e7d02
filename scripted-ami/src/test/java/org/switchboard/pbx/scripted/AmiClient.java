package org.switchboard.pbx.scripted;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A bare AMI client on a real socket, for tests: sends frames and reads what the server says, with deadlines. */
final class AmiClient implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(5);

    private final Socket socket;
    private final AmiFrameReader reader;
    private final OutputStream out;
    private final String greeting;
    private final List<AmiMessage> eventsSeen = new ArrayList<>();
    private int nextId;

    private AmiClient(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout((int) PATIENCE.toMillis());
        reader = new AmiFrameReader(socket.getInputStream());
        out = socket.getOutputStream();
        greeting = reader.readLine().orElse("");
    }

    static AmiClient connect(ScriptedAmiServer server) throws IOException {
        return new AmiClient(server.port());
    }

    /** Connects and logs in with a plain secret, events on; the FullyBooted event is consumed. */
    static AmiClient loggedIn(ScriptedAmiServer server, AmiAccount account) throws IOException {
        AmiClient client = connect(server);
        AmiMessage response = client.ask(AmiMessage.of("Action", "Login", "Username", account.username(),
                "Secret", account.secret()));
        if (!response.getOr("Response", "").equals("Success")) {
            throw new IllegalStateException("login refused: " + response);
        }
        client.nextEvent("FullyBooted");
        return client;
    }

    String greeting() {
        return greeting;
    }

    void sendRaw(String raw) throws IOException {
        out.write(raw.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Sends the action with a fresh ActionID, and returns that id. */
    String send(AmiMessage action) throws IOException {
        String id = "test-" + (++nextId);
        sendRaw(action.with("ActionID", id).toWire());
        return id;
    }

    /** Sends the action and returns its response; events read meanwhile are kept for {@link #nextEvent}. */
    AmiMessage ask(AmiMessage action) throws IOException {
        return responseTo(send(action));
    }

    AmiMessage responseTo(String actionId) throws IOException {
        while (true) {
            AmiMessage message = next();
            if (message.isResponse() && message.getOr("ActionID", "").equals(actionId)) {
                return message;
            }
            eventsSeen.add(message);
        }
    }

    /** Sends a list action; returns the response, the items and the completion event, in order. */
    List<AmiMessage> list(AmiMessage action) throws IOException {
        String id = send(action);
        List<AmiMessage> answer = new ArrayList<>();
        answer.add(responseTo(id));
        while (true) {
            AmiMessage message = next();
            if (!message.getOr("ActionID", "").equals(id)) {
                eventsSeen.add(message);
                continue;
            }
            answer.add(message);
            if (message.getOr("EventList", "").equalsIgnoreCase("Complete")) {
                return answer;
            }
        }
    }

    /** The next event of this type, from those already read or from the socket. */
    AmiMessage nextEvent(String type) throws IOException {
        for (int i = 0; i < eventsSeen.size(); i++) {
            if (eventsSeen.get(i).type().equals(type)) {
                return eventsSeen.remove(i);
            }
        }
        while (true) {
            AmiMessage message = next();
            if (message.isEvent() && message.type().equals(type)) {
                return message;
            }
            eventsSeen.add(message);
        }
    }

    /** The next frame; fails if none comes within the patience. */
    AmiMessage next() throws IOException {
        return reader.next().orElseThrow(() -> new IOException("the server closed the connection")).message();
    }

    /** The next frame if one comes within {@code wait}; empty on timeout or end of stream. */
    Optional<AmiMessage> nextWithin(Duration wait) throws IOException {
        socket.setSoTimeout((int) Math.max(1, wait.toMillis()));
        try {
            return reader.next().map(AmiFrame::message);
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        } finally {
            socket.setSoTimeout((int) PATIENCE.toMillis());
        }
    }

    /** Whether the server has closed the connection: reading meets the end of the stream (or a reset). */
    boolean closedByServer() throws IOException {
        try {
            while (true) {
                if (reader.readLine().isEmpty()) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
