package org.switchboard.pbx.scripted;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * One AMI client on its own thread: greets it, reads its frames, handles Challenge, Login and Logoff itself
 * and hands every other action of a logged-in client to the server. Writes are serialised on one lock, so a
 * list answer is never split by an event; a write that fails aborts the connection.
 */
final class ClientConnection {

    private static final System.Logger LOG = System.getLogger(ClientConnection.class.getName());
    private static final int QUOTED_LINE = 80;

    private final Socket socket;
    private final ScriptedAmiServer server;
    private final Freeze freeze;
    private final Login login;
    private final Thread thread;
    private final Object writeLock = new Object();
    private final Subscription subscription = new Subscription();
    private final OutputStream out;
    private volatile boolean loggedIn;
    private String challenge;

    ClientConnection(Socket socket, ScriptedAmiServer server, Freeze freeze, Login login, String name)
            throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true); // each frame leaves at once, as Asterisk's manager writes them
        this.server = server;
        this.freeze = freeze;
        this.login = login;
        this.out = new BufferedOutputStream(socket.getOutputStream());
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            if (!freeze.awaitThawed()) {
                return;
            }
            write(server.state().build().greeting() + "\r\n");
            AmiFrameReader reader = new AmiFrameReader(socket.getInputStream());
            Optional<AmiFrame> frame;
            while ((frame = reader.next()).isPresent() && freeze.awaitThawed() && handle(frame.get())) {
                // one frame handled; the next one
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> thread.getName() + " ended: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
            server.ended(this);
        }
    }

    /** Handles one frame; false when the connection must close. */
    private boolean handle(AmiFrame frame) {
        AmiMessage action = frame.message();
        if (frame.isMalformed()) {
            String line = frame.malformedLines().get(0);
            reply(Reaction.error("Malformed line: " + line.substring(0, Math.min(QUOTED_LINE, line.length()))), action);
            return true;
        }
        if (!action.isAction()) {
            reply(Reaction.error("Missing action in request"), action);
            return true;
        }
        server.received(action);
        switch (action.getOr("Action", "").toLowerCase()) {
            case "challenge" -> challenge(action);
            case "login" -> {
                return login(action);
            }
            case "logoff" -> {
                reply(Reaction.reply(AmiMessage.of("Response", "Goodbye", "ActionID", "",
                        "Message", "Thanks for all the fish.")), action);
                return false;
            }
            default -> {
                if (!loggedIn) {
                    reply(Reaction.error("Permission denied"), action);
                } else {
                    server.answer(action, subscription, reaction -> reply(reaction, action));
                }
            }
        }
        return true;
    }

    private void challenge(AmiMessage action) {
        if (!action.getOr("AuthType", "").equalsIgnoreCase("MD5")) {
            reply(Reaction.error("Must specify AuthType"), action);
            return;
        }
        challenge = login.challenge();
        reply(Reaction.reply(AmiMessage.of("Response", "Success", "ActionID", "", "Challenge", challenge)), action);
    }

    private boolean login(AmiMessage action) {
        if (!login.accepts(action, challenge)) {
            LOG.log(Level.INFO, () -> thread.getName() + ": authentication failed for user '"
                    + action.getOr("Username", "") + "'");
            reply(Reaction.error("Authentication failed"), action);
            return false;
        }
        reply(Reaction.success("Authentication accepted"), action);
        subscription.events(!action.getOr("Events", "on").strip().equalsIgnoreCase("off"));
        server.loggedIn(this);
        return true;
    }

    private void reply(Reaction reaction, AmiMessage action) {
        Optional<String> actionId = action.get("ActionID");
        StringBuilder wire = new StringBuilder();
        for (AmiMessage reply : reaction.replies()) {
            wire.append(actionId.map(id -> reply.with("ActionID", id)).orElseGet(() -> reply.without("ActionID"))
                    .toWire());
        }
        write(wire.toString());
    }

    /** Marks the client as logged in; the server calls it under its emit lock, with the FullyBooted event. */
    void startEvents(AmiMessage fullyBooted) {
        loggedIn = true;
        sendEvent(fullyBooted);
    }

    boolean loggedIn() {
        return loggedIn;
    }

    /** Writes the event if the client is logged in, wants it, and the server is not frozen. */
    void sendEvent(AmiMessage event) {
        if (loggedIn && !freeze.frozen() && subscription.wants(event)) {
            write(event.toWire());
        }
    }

    void sendRaw(String raw) {
        if (!freeze.frozen()) {
            write(raw);
        }
    }

    private void write(String wire) {
        synchronized (writeLock) {
            try {
                out.write(wire.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, () -> thread.getName() + " write failed: " + e.getMessage());
                abort();
            }
        }
    }

    /** Closes the socket at once with a reset, as when a PBX dies; the reading thread then ends. */
    void abort() {
        try {
            if (!socket.isClosed()) {
                socket.setSoLinger(true, 0);
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> thread.getName() + " linger failed: " + e.getMessage());
        }
        close();
    }

    /** Closes the socket in order: what was written is still delivered. */
    private void close() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> thread.getName() + " close failed: " + e.getMessage());
        }
    }

    /** Waits for the connection's thread to end; true if it did within the timeout. */
    boolean awaitEnd(Duration timeout) throws InterruptedException {
        thread.join(Math.max(1, timeout.toMillis()));
        return !thread.isAlive();
    }

    String name() {
        return thread.getName();
    }
}
