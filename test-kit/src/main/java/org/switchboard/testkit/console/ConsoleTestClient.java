package org.switchboard.testkit.console;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Predicate;

import org.switchboard.protocol.ConsoleCodec;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.ConsoleMediaTypes;
import org.switchboard.protocol.ConsoleUpdate;
import org.switchboard.protocol.Decoded;
import org.switchboard.protocol.PhonesUpdate;
import org.switchboard.protocol.PresenceUpdate;
import org.switchboard.protocol.SiteUpdate;
import org.switchboard.protocol.StateUpdate;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.sip.DigestAnswer;

/**
 * A receptionist's console client over one TCP connection to the server's SIP port ({@link #connect(int)}), or over
 * one SIP WebSocket as a browser's console opens it ({@link #connectWebSocket(URI)}), as the console protocol
 * describes it: LOG_IN with SIP digest (answering the 401), commands in MESSAGE with the session header, the
 * server's updates answered 200 and decoded, a RESYNC sent by itself when it sees a gap in the sequence numbers,
 * and OPTIONS keep-alives when asked. Tests wait on the state it has seen ({@link #awaitState}); benchmarks hear
 * each update as it arrives ({@link #onUpdate}).
 */
public final class ConsoleTestClient implements AutoCloseable {

    /** How long a request waits for its answer, and a condition for its update, unless told otherwise. */
    public static final Duration PATIENCE = Duration.ofSeconds(10);

    private static final String SESSION_HEADER = "Switchboard-Session";

    private final ConsoleWire wire;
    private final String uri;
    private final ConsoleCodec codec = new ConsoleCodec();
    private final AtomicLong cseq = new AtomicLong();
    private final AtomicLong commandSeq = new AtomicLong();
    private final Map<Long, CompletableFuture<SipMessage>> waiting = new ConcurrentHashMap<>();
    private final List<ConsoleUpdate> updates = new CopyOnWriteArrayList<>();
    private final Map<String, PhonesUpdate.PhoneView> phones = new ConcurrentHashMap<>();
    private final Map<String, PresenceUpdate.UserPresence> presence = new ConcurrentHashMap<>();
    private final List<Consumer<Received>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean answering = new AtomicBoolean(true);
    private final AtomicBoolean resyncOnGap = new AtomicBoolean(true);
    private final AtomicBoolean keepUpdates = new AtomicBoolean(true);
    private final AtomicInteger gaps = new AtomicInteger();
    private final ExecutorService background = Executors.newSingleThreadExecutor(daemon("console-client-work"));
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(
            daemon("console-client-keep-alive"));
    private volatile String session;
    private volatile StateUpdate state;
    private volatile long lastSeq;
    private volatile boolean closedByServer;
    private volatile boolean ended;
    private volatile SiteUpdate site;

    private ConsoleTestClient(ConsoleWire wire) {
        this.wire = wire;
        this.uri = wire.serverUri();
        wire.start(this::read, this::ended);
    }

    /** Connects to the server's SIP port on 127.0.0.1. */
    public static ConsoleTestClient connect(int serverPort) {
        return new ConsoleTestClient(TcpWire.connect(serverPort));
    }

    /**
     * Opens a SIP WebSocket to {@code uri}, such as {@code ws://127.0.0.1:8080/sip/ws}, as a page served by that
     * host and port does (its Origin).
     */
    public static ConsoleTestClient connectWebSocket(URI uri) {
        return new ConsoleTestClient(WebSocketWire.connect(uri, "http://" + uri.getHost() + ":" + uri.getPort()));
    }

    /** The final answer to a request: status, reason phrase, and the session header when there was one. */
    public record Answer(int status, String reason, Optional<String> session) {
    }

    /** An update as it arrived, with the moment the client read it ({@link System#nanoTime()}). */
    public record Received(ConsoleUpdate update, long nanoTime) {
    }

    /** Logs in (available in the queues), answering the digest challenge with SHA-256. */
    public Answer logIn(String login, String password) {
        return logIn(login, password, false);
    }

    /** Logs in, paused in the queues or not, answering the digest challenge with SHA-256. */
    public Answer logIn(String login, String password, boolean paused) {
        return logIn(login, password, paused, false);
    }

    /**
     * Logs in, paused or not, asking for the colleagues' presence or not (a client from before presence does not),
     * answering the digest challenge with SHA-256.
     */
    public Answer logIn(String login, String password, boolean paused, boolean withPresence) {
        return logIn(login, password, paused, withPresence, false);
    }

    /**
     * Logs in, paused or not, asking for presence or not, and with {@code failover} asking for SITE updates (a
     * client that keeps a link to both sites of a pair: {@link ConsolePair}), answering the digest challenge.
     */
    public Answer logIn(String login, String password, boolean paused, boolean withPresence, boolean failover) {
        byte[] body = codec.encode(new ConsoleCommand.LogIn(commandSeq.incrementAndGet(), paused,
                Optional.of("switchboard-test-client"), withPresence, Optional.empty(), failover));
        String callId = UUID.randomUUID().toString();
        SipMessage challenge = exchange("MESSAGE", callId, ConsoleMediaTypes.COMMAND, body, List.of());
        if (challenge.status() != 401) {
            return answer(challenge);
        }
        String authorization = DigestAnswer.authorization(challenge.all("WWW-Authenticate"), "SHA-256", "MESSAGE", login,
                password, uri, 1);
        SipMessage reply = exchange("MESSAGE", callId, ConsoleMediaTypes.COMMAND, body,
                List.of("Authorization: " + authorization));
        reply.header(SESSION_HEADER).ifPresent(id -> session = id);
        return answer(reply);
    }

    /** Sends a command made with the client's next command number. */
    public Answer send(LongFunction<ConsoleCommand> command) {
        return sendBody(ConsoleMediaTypes.COMMAND, codec.encode(command.apply(commandSeq.incrementAndGet())));
    }

    /** Sends any body with any content type in a MESSAGE of the session (for malformed-input tests). */
    public Answer sendBody(String contentType, byte[] body) {
        List<String> headers = session == null ? List.of() : List.of(SESSION_HEADER + ": " + session);
        return answer(exchange("MESSAGE", UUID.randomUUID().toString(), contentType, body, headers));
    }

    /** Sends an OPTIONS (the keep-alive) and returns its answer. */
    public Answer options() {
        return answer(exchange("OPTIONS", UUID.randomUUID().toString(), null, new byte[0], List.of()));
    }

    /** Sends an OPTIONS every {@code interval} from now on, as a console keeps its link alive. */
    public void keepAlive(Duration interval) {
        keepAlive.scheduleAtFixedRate(() -> {
            try {
                options();
            } catch (RuntimeException e) {
                // the connection is gone; the link's loss is what the test looks at
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the client answers the server's updates (a client that vanished stops answering). */
    public void answering(boolean answer) {
        answering.set(answer);
    }

    /** Whether the client asks for a RESYNC when it sees a gap (it does unless told otherwise). */
    public void resyncOnGap(boolean resync) {
        resyncOnGap.set(resync);
    }

    /**
     * Whether the client keeps every update for {@link #updates()} (it does unless told otherwise); a benchmark
     * that reads thousands a second hears them ({@link #onUpdate}) instead of keeping them.
     */
    public void keepUpdates(boolean keep) {
        keepUpdates.set(keep);
    }

    /** Hears every update as it arrives, on the client's reading thread. */
    public void onUpdate(Consumer<Received> listener) {
        listeners.add(listener);
    }

    /** Waits until a STATE update satisfies {@code condition} (the latest one already may), and returns it. */
    public StateUpdate awaitState(String description, Predicate<StateUpdate> condition) {
        return awaitState(description, condition, PATIENCE);
    }

    public StateUpdate awaitState(String description, Predicate<StateUpdate> condition, Duration patience) {
        return Await.value(description + " (last state: " + summary(state) + ")",
                () -> Optional.ofNullable(state).filter(condition), patience);
    }

    /** Waits until a SITE update satisfies {@code condition} (the latest one already may), and returns it. */
    public SiteUpdate awaitSite(String description, Predicate<SiteUpdate> condition) {
        return Await.value(description + " (last SITE: " + site + ")",
                () -> Optional.ofNullable(site).filter(condition), PATIENCE);
    }

    /** The latest SITE update, if any came (only after a log in with {@code failover}). */
    public Optional<SiteUpdate> site() {
        return Optional.ofNullable(site);
    }

    /** Whether the connection is still open (neither side closed it, and it did not break). */
    public boolean connected() {
        return !ended;
    }

    /** The latest STATE update, if any came. */
    public Optional<StateUpdate> state() {
        return Optional.ofNullable(state);
    }

    /** Every update received, in order. */
    public List<ConsoleUpdate> updates() {
        return new ArrayList<>(updates);
    }

    /** The phones as the PHONES updates told them, by extension. */
    public Map<String, PhonesUpdate.PhoneView> phones() {
        return Map.copyOf(phones);
    }

    /** The colleagues' presence as the PRESENCE updates told it, by user (the highest version of each). */
    public Map<String, PresenceUpdate.UserPresence> presence() {
        return Map.copyOf(presence);
    }

    /** Waits until the presence the client knows of {@code user} satisfies {@code condition}, and returns it. */
    public PresenceUpdate.UserPresence awaitPresence(String user, String description,
            Predicate<PresenceUpdate.UserPresence> condition) {
        return Await.value(description + " (presence of " + user + " when the wait began: " + presence.get(user)
                + ")",
                () -> Optional.ofNullable(presence.get(user)).filter(condition), PATIENCE);
    }

    /** Sends SET_PRESENCE: her own status, and her note when one is given. */
    public Answer setPresence(PresenceUpdate.Status status, Optional<String> note) {
        return send(seq -> new ConsoleCommand.SetPresence(seq, status, note));
    }

    /** How many gaps in the sequence numbers the client saw. */
    public int gaps() {
        return gaps.get();
    }

    public Optional<String> session() {
        return Optional.ofNullable(session);
    }

    /** Whether the server closed the connection. */
    public boolean closedByServer() {
        return closedByServer;
    }

    /** The client's port; -1 over a WebSocket, whose client library does not tell it. */
    public int localPort() {
        return wire.localPort();
    }

    private SipMessage exchange(String method, String callId, String contentType, byte[] body, List<String> headers) {
        long number = cseq.incrementAndGet();
        CompletableFuture<SipMessage> reply = new CompletableFuture<>();
        waiting.put(number, reply);
        if (ended) {
            reply.completeExceptionally(new IOException("the connection is closed"));
        }
        try {
            write(SipWire.request(method, uri, wire.via(), callId, number, contentType, body, headers));
            return reply.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no final answer to " + method + " " + number + " within " + PATIENCE);
        } catch (ExecutionException e) {
            throw new AssertionError(method + " " + number + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for the answer to " + method, e);
        } finally {
            waiting.remove(number);
        }
    }

    private void write(byte[] bytes) {
        try {
            wire.send(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write to the server: " + e.getMessage(), e);
        }
    }

    private void read(SipMessage message) {
        if (!message.isResponse()) {
            received(message);
        } else if (message.status() >= 200) {
            CompletableFuture<SipMessage> reply = waiting.get(message.cseq());
            if (reply != null) {
                reply.complete(message);
            }
        }
    }

    private void ended(boolean byServer) {
        closedByServer = byServer;
        ended = true;
        waiting.values().forEach(f -> f.completeExceptionally(new IOException("the connection closed")));
    }

    private void received(SipMessage request) {
        if (!answering.get()) {
            return;
        }
        if (!request.method().equals("MESSAGE")) {
            write(SipWire.answer(request, 200, "OK"));
            return;
        }
        Decoded<ConsoleUpdate> decoded = codec.decodeUpdate(request.header("Content-Type").orElse(""), request.body());
        if (decoded instanceof Decoded.Invalid<ConsoleUpdate> invalid) {
            write(SipWire.answer(request, 400, invalid.reason().replaceAll("[\\r\\n]", " ")));
            return;
        }
        write(SipWire.answer(request, 200, "OK"));
        ConsoleUpdate update = ((Decoded.Ok<ConsoleUpdate>) decoded).value();
        long now = System.nanoTime();
        apply(update);
        listeners.forEach(listener -> listener.accept(new Received(update, now)));
    }

    private void apply(ConsoleUpdate update) {
        long expected = lastSeq + 1;
        boolean gap = lastSeq != 0 && update.seq() != expected;
        lastSeq = Math.max(lastSeq, update.seq());
        if (keepUpdates.get()) {
            updates.add(update);
        }
        if (update instanceof StateUpdate stateUpdate) {
            state = stateUpdate;
        } else if (update instanceof SiteUpdate siteUpdate) {
            site = siteUpdate;
        } else if (update instanceof PhonesUpdate phonesUpdate) {
            if (phonesUpdate.full()) {
                phones.clear();
            }
            phonesUpdate.phones().forEach(phone -> phones.put(phone.extension(), phone));
        } else if (update instanceof PresenceUpdate presenceUpdate) {
            if (presenceUpdate.full()) {
                presence.clear();
            }
            presenceUpdate.users().forEach(user -> presence.merge(user.user(), user,
                    (known, told) -> presenceUpdate.full() || told.version() >= known.version() ? told : known));
        }
        if (gap) {
            gaps.incrementAndGet();
            if (resyncOnGap.get()) {
                background.execute(() -> send(seq -> new ConsoleCommand.Resync(seq)));
            }
        }
    }

    private static String summary(StateUpdate state) {
        if (state == null) {
            return "none";
        }
        return state.state() + " seq " + state.seq() + " line1 " + state.line(org.switchboard.protocol.LineNo.ONE)
                .call().map(c -> c.state() + " " + c.callId()).orElse("free") + " line2 "
                + state.line(org.switchboard.protocol.LineNo.TWO).call().map(c -> c.state() + " " + c.callId())
                        .orElse("free") + " waiting " + state.waiting().size() + " supervised "
                + state.supervised().size() + state.error().map(e -> " error " + e).orElse("");
    }

    private static Answer answer(SipMessage reply) {
        return new Answer(reply.status(), reply.reason(), reply.header(SESSION_HEADER));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Drops the connection without a word (over a WebSocket: no close frame), as a console that vanished; the
     * client is closed afterwards.
     */
    public void vanish() {
        keepAlive.shutdownNow();
        background.shutdownNow();
        wire.abort();
    }

    @Override
    public void close() {
        keepAlive.shutdownNow();
        background.shutdownNow();
        wire.close();
    }
}
