package org.switchboard.pbx.scripted;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.switchboard.pbx.scripted.control.Control;
import org.switchboard.pbx.scripted.control.Later;
import org.switchboard.pbx.scripted.demo.DemoOfficeDay;
import org.switchboard.pbx.scripted.state.PbxState;

/**
 * An AMI server on 127.0.0.1 that behaves like an Asterisk 20 with PJSIP, or like the Asterisk its seed recorded
 * (chan_sip, Asterisk 22: see {@link org.switchboard.pbx.scripted.state.PbxBuild}), for one account: it logs
 * clients in (plain or MD5 challenge), answers the core and list actions from its {@link PbxState}, executes the
 * control actions on it as Asterisk does ({@link Control}; {@link #onAction(String, ActionHandler)} hooks may
 * change the reaction), emits events, and, for tests, fails on demand (dropped connections, a PBX restart, a
 * frozen peer, refused connections, raw bytes): those hooks are package-private, driven by {@code AmiFaults}
 * in the tests jar.
 * One thread accepts and one thread serves each connection, all named {@value #THREAD_PREFIX}...; {@link #close()}
 * ends them all. Thread-safe.
 */
public final class ScriptedAmiServer implements AutoCloseable {

    /** The start of the name of every thread the server runs. */
    public static final String THREAD_PREFIX = "scripted-ami-";

    private static final System.Logger LOG = System.getLogger(ScriptedAmiServer.class.getName());
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(5);

    private final PbxState state;
    private final Answers answers;
    private final Login login;
    private final Freeze freeze = new Freeze();
    private final Journal journal = new Journal();
    private final Set<ClientConnection> connections = ConcurrentHashMap.newKeySet();
    private final Map<String, ActionHandler> handlers = new ConcurrentHashMap<>();
    private final List<Consumer<AmiMessage>> watchers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ReentrantLock emitLock = new ReentrantLock(true);
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Listener listener;
    private final Later later;
    private final Control control;
    private final LiveOffice office;
    private SipResponder sip;

    private ScriptedAmiServer(AmiAccount account, Clock clock, int port) throws IOException {
        this.state = new PbxState(clock);
        this.later = new Later(() -> THREAD_PREFIX + port() + "-later", this::emit);
        this.control = new Control(state, later);
        this.answers = new Answers(state, clock, control);
        this.login = new Login(account);
        this.listener = new Listener(THREAD_PREFIX, port, this::accepted);
        this.office = new LiveOffice(this, state, control);
    }

    /** Starts a server for this account, listening on an ephemeral port of 127.0.0.1. */
    public static ScriptedAmiServer start(AmiAccount account) {
        return start(account, Clock.systemUTC());
    }

    /** Starts a server whose uptime, durations and timestamps follow {@code clock}. */
    public static ScriptedAmiServer start(AmiAccount account, Clock clock) {
        return startOn(account, clock, 0);
    }

    /**
     * Starts a server on a given port of 127.0.0.1 (0: any free port), for a client that was configured
     * beforehand, such as a server started with the port in its settings.
     */
    public static ScriptedAmiServer startOn(AmiAccount account, Clock clock, int port) {
        try {
            ScriptedAmiServer server = new ScriptedAmiServer(account, clock, port);
            LOG.log(Level.INFO, () -> "scripted AMI server listening on 127.0.0.1:" + server.port()
                    + " for user '" + account.username() + "'");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the scripted AMI server", e);
        }
    }

    public int port() {
        return listener.port();
    }

    /**
     * Starts the PBX's SIP side, once: a UDP socket on 127.0.0.1 that answers OPTIONS 200 as the recorded
     * Asterisk does (see {@link SipResponder}), and goes silent with the rest of the PBX while it plays dead.
     * Returns its address.
     */
    public InetSocketAddress startSip() {
        return startSipOn(0);
    }

    /**
     * Starts the PBX's SIP side on a given UDP port of 127.0.0.1 (0: any free port), once, for a server configured
     * beforehand with the PBX's SIP address ({@code SWB_PBX_SIP_ADDRESS}); returns its address.
     */
    public synchronized InetSocketAddress startSipOn(int port) {
        if (sip == null) {
            try {
                sip = new SipResponder(THREAD_PREFIX + port() + "-", freeze, port);
            } catch (SocketException e) {
                throw new UncheckedIOException("cannot start the scripted PBX's SIP side", e);
            }
            LOG.log(Level.INFO, () -> "scripted PBX answers SIP OPTIONS on " + sip.address());
        }
        return sip.address();
    }

    /** How many SIP OPTIONS the PBX's SIP side answered so far (0 when it was not started). */
    public synchronized int sipOptionsAnswered() {
        return sip == null ? 0 : sip.optionsAnswered();
    }

    /** The simulated PBX's present state. */
    public PbxState state() {
        return state;
    }

    /**
     * Loads the PBX configuration from the answers of a start-up sync (the demo office's, or a recording's:
     * startup-sync, chan_sip/startup-sync, actions/snapshot-no-registrations...) and becomes the Asterisk that
     * gave them: its greeting, versions, channel driver and the actions it did not know; returns this server.
     */
    public ScriptedAmiServer seed(StartupLists startupSync) {
        state.seed(startupSync);
        return this;
    }

    /**
     * How much faster than real time the PBX's own later steps come (a dialled phone answering after
     * {@code 1.5 s}, a parked call timing out): 1 is real time, the default.
     */
    public void pace(double speed) {
        later.pace(speed);
    }

    /** Hears every event the PBX emits, in order, after it has been applied and written to the clients. */
    public void onEmit(Consumer<AmiMessage> watcher) {
        watchers.add(watcher);
    }

    /**
     * The user of the phone on this channel hangs up (a BYE), and the simulated PBX does what Asterisk does
     * then: a transferer completes its attended transfer, anyone else ends their call. Nothing for an unknown
     * channel.
     */
    public void phoneHangsUp(String channel) {
        emit(control.phoneHangsUp(channel));
    }

    /** The callers and phones around the PBX, for tests and the demo to drive calls with. */
    public LiveOffice office() {
        return office;
    }

    /**
     * Writes a moment of the PBX and emits its events under the emit lock, so nothing else is emitted between
     * reading the state and sending what follows from it; the later steps it plans start counting after that.
     */
    List<AmiMessage> act(java.util.function.Supplier<List<AmiMessage>> moment) {
        emitLock.lock();
        try {
            later.defer();
            List<AmiMessage> events = moment.get();
            emit(events);
            return events;
        } finally {
            later.release();
            emitLock.unlock();
        }
    }

    /**
     * This PBX as the sink of a {@link DemoOfficeDay}: the day's events are emitted, and each moment of the day runs
     * under the emit lock, which the PBX's own commands hold when they tell the day of a call they took over
     * ({@link #onControl}); so both take the PBX first and the day second, and never wait on each other.
     */
    public DemoOfficeDay.Sink daySink() {
        return new DemoOfficeDay.Sink() {
            @Override
            public void emit(AmiMessage event) {
                ScriptedAmiServer.this.emit(event);
            }

            @Override
            public void atomically(Runnable moment) {
                emitLock.lock();
                try {
                    moment.run();
                } finally {
                    emitLock.unlock();
                }
            }
        };
    }

    /** Hears the linked id of each call a control action (Redirect, Hangup, Park, ...) changes. */
    public void onControl(Consumer<String> linkedIds) {
        control.onTouched(linkedIds);
    }

    /** Lets {@code handler} decide the reaction to every action of this name (compared without case). */
    public void onAction(String actionName, ActionHandler handler) {
        handlers.put(actionName.toLowerCase(), handler);
    }

    /** Applies the event to the PBX state and writes it to every logged-in client that wants events. */
    public void emit(AmiMessage event) {
        emit(List.of(event));
    }

    /** Applies and writes the events in order; returns when each has been written to every client. */
    public void emit(List<AmiMessage> events) {
        if (events.isEmpty()) {
            return;
        }
        emitLock.lock();
        try {
            for (AmiMessage event : events) {
                state.apply(event);
                connections.forEach(connection -> connection.sendEvent(event));
                watchers.forEach(watcher -> watcher.accept(event));
            }
        } finally {
            emitLock.unlock();
        }
    }

    /** Closes every client socket abruptly; the PBX state is kept. Returns when their threads have ended. */
    void dropConnections() {
        List<ClientConnection> dropped = List.copyOf(connections);
        dropped.forEach(ClientConnection::abort);
        awaitEnd(dropped);
    }

    /** Drops every connection and restarts the PBX: calls, bridges, parked calls and queue callers are gone. */
    void restartPbx() {
        dropConnections();
        emitLock.lock();
        try {
            state.restart();
        } finally {
            emitLock.unlock();
        }
    }

    /**
     * Stops answering and sending anything, keeping every socket open: a dead peer, or a deadlocked Asterisk (its
     * SIP side, when started, answers nothing either).
     */
    void freeze() {
        freeze.freeze();
    }

    /** Ends {@link #freeze()}: actions and SIP requests that arrived meanwhile are answered now. */
    void thaw() {
        freeze.thaw();
    }

    /** While true, connections are accepted and closed at once, before the greeting. */
    void refuseConnections(boolean refuse) {
        listener.refuse(refuse);
    }

    /** Writes these characters as they are to every connected client: malformed lines, half frames, junk. */
    void sendRaw(String raw) {
        emitLock.lock();
        try {
            connections.forEach(connection -> connection.sendRaw(raw));
        } finally {
            emitLock.unlock();
        }
    }

    /** Every action received so far, from every client, in order (logins included). */
    public List<AmiMessage> actions() {
        return journal.actions();
    }

    /** The received actions of this name (compared without case), in order. */
    public List<AmiMessage> actions(String actionName) {
        return actions().stream().filter(a -> a.getOr("Action", "").equalsIgnoreCase(actionName)).toList();
    }

    /** Waits for the first action of this name; empty if none arrived in time. */
    public Optional<AmiMessage> awaitAction(String actionName, Duration timeout) {
        return awaitAction(actionName, 1, timeout);
    }

    /** Waits for the {@code nth} (1-based) action of this name; empty if it did not arrive in time. */
    public Optional<AmiMessage> awaitAction(String actionName, int nth, Duration timeout) {
        try {
            return journal.awaitAction(actionName, nth, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** How many logins have succeeded since the server started. */
    public int logins() {
        return journal.logins();
    }

    /** Waits until at least {@code count} logins have succeeded; false on timeout. */
    public boolean awaitLogins(int count, Duration timeout) {
        try {
            return journal.awaitLogins(count, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** How many client connections are open now. */
    public int connections() {
        return connections.size();
    }

    /** Stops listening, closes every connection and ends every thread of the server. */
    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        closed.countDown();
        later.close();
        freeze.end();
        try {
            listener.close(JOIN_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        dropConnections();
        synchronized (this) {
            if (sip != null) {
                sip.close();
            }
        }
        LOG.log(Level.INFO, () -> "scripted AMI server on port " + port() + " closed");
    }

    private void accepted(Socket socket) {
        try {
            ClientConnection connection = new ClientConnection(socket, this, freeze, login,
                    THREAD_PREFIX + port() + "-client-" + listener.nextConnectionNumber());
            connections.add(connection);
            if (closed.getCount() == 0) {
                connection.abort();
            }
            connection.start();
        } catch (IOException e) {
            LOG.log(Level.WARNING, () -> "cannot serve a new connection: " + e.getMessage());
        }
    }

    void received(AmiMessage action) {
        journal.action(action);
    }

    /**
     * Reacts to an action, replies and emits the reaction's events under the emit lock, as a real PBX does one thing
     * at a time: a party that hangs up ({@link LiveOffice#hangUp(String)}) does so before the action reads the
     * state, or after its events are out, never in between (a Redirect of a caller hanging up at that moment is
     * either refused, the channel gone, or done before the hang-up).
     */
    void answer(AmiMessage action, Subscription subscription, Consumer<Reaction> reply) {
        emitLock.lock();
        try {
            Reaction reaction = react(action, subscription);
            reply.accept(reaction);
            emit(reaction.events());
        } finally {
            reacted();
            emitLock.unlock();
        }
    }

    /** The reaction to an action; the PBX's later steps it plans wait for {@link #reacted()}. */
    private Reaction react(AmiMessage action, Subscription subscription) {
        later.defer();
        Reaction standard = answers.standard(action, subscription);
        ActionHandler handler = handlers.get(action.getOr("Action", "").toLowerCase());
        if (handler == null) {
            return standard;
        }
        try {
            return handler.react(action, standard);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the handler of " + action.getOr("Action", "") + " failed", e);
            return Reaction.error("Internal error in the scripted handler");
        }
    }

    /** The reaction's events are emitted: its later steps start counting now. */
    private void reacted() {
        later.release();
        journal.reacted();
    }

    /** How many actions have been answered and their events emitted so far, from every client. */
    public long reactions() {
        return journal.reactions();
    }

    /**
     * Waits until {@code count} actions have been answered and their events emitted: a client gets the response
     * before the events an action causes, as from Asterisk, so a test that acts on the PBX's new state waits for
     * them. False on timeout.
     */
    public boolean awaitReactions(long count, Duration timeout) {
        try {
            return journal.awaitReactions(count, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void loggedIn(ClientConnection connection) {
        long uptime = state.uptime().toSeconds();
        AmiMessage fullyBooted = AmiMessage.of("Event", "FullyBooted", "Privilege", "system,all",
                "Uptime", Long.toString(uptime), "LastReload", Long.toString(uptime), "Status", "Fully Booted");
        emitLock.lock();
        try {
            connection.startEvents(fullyBooted);
        } finally {
            emitLock.unlock();
        }
        journal.login();
        LOG.log(Level.DEBUG, () -> connection.name() + " logged in");
    }

    void ended(ClientConnection connection) {
        connections.remove(connection);
    }

    private void awaitEnd(List<ClientConnection> ending) {
        try {
            for (ClientConnection connection : ending) {
                if (!connection.awaitEnd(JOIN_TIMEOUT)) {
                    LOG.log(Level.WARNING, () -> connection.name() + " did not end in time");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
