package org.switchboard.pbx.ami;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.asteriskjava.manager.action.PingAction;
import org.jboss.logging.Logger;
import org.switchboard.pbx.model.ConnectionEvent.AmiConnected;
import org.switchboard.pbx.model.ConnectionEvent.AmiDisconnected;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.model.PbxSnapshot;
import org.switchboard.pbx.model.Stamp;

/**
 * The link to the PBX, kept up: it logs in (one {@link AmiSession} per attempt), pings every ping
 * interval and drops a link whose ping stays unanswered for an interval (a dead peer is noticed within
 * about two intervals), and after a failed attempt or a lost link tries again after a {@link ReconnectBackoff}:
 * short, and never longer than the maximum, so the server is synchronised within seconds of the PBX's
 * return. A lost link is reported with the last time it heard the PBX. Every event,
 * including {@link AmiConnected} and {@link AmiDisconnected}, reaches the sink through one
 * {@link AmiEventPump}, in order, and so do the answers to the commands sent through {@link #commands()}.
 *
 * <p>Threads: the pump's consumer and one worker (connect attempts and snapshots, which block) come from
 * the given {@link ThreadFactory}; the given scheduler only times pings and backoffs and is not shut down
 * here. Pass the container's managed ones in the server.
 */
public final class AmiConnection implements AutoCloseable {

    private static final Logger DEBUG = Logger.getLogger(AmiConnection.class);

    public enum State { DISCONNECTED, CONNECTING, SYNCHRONIZING, CONNECTED }

    /** Counters of the link, for JMX and health. */
    public record Stats(State state, long connects, long disconnects, long reconnectAttempts, String lastError,
            Optional<Instant> lastConnectedAt, String pbxVersion) {
    }

    private final AmiSettings settings;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService worker;
    private final AmiEventPump pump;
    private final AmiCommands commands;
    private final ReconnectBackoff backoff;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean attemptPending = new AtomicBoolean();
    private final AtomicBoolean awaitingPong = new AtomicBoolean();
    private final AtomicLong connects = new AtomicLong();
    private final AtomicLong disconnects = new AtomicLong();
    private final AtomicLong attempts = new AtomicLong();
    private volatile boolean closed;
    private volatile State state = State.DISCONNECTED;
    private volatile AmiSession current;
    private volatile String lastError = "";
    private volatile Instant lastConnectedAt;
    private volatile String pbxVersion = "";
    private volatile boolean synchronisedSinceLogin;
    private volatile ScheduledFuture<?> pings;
    private long lastPingTick;

    public AmiConnection(AmiSettings settings, Consumer<PbxEvent> sink, Clock clock, ThreadFactory threads,
            ScheduledExecutorService scheduler) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.worker = Executors.newSingleThreadExecutor(threads);
        this.backoff = new ReconnectBackoff(settings.backoffMin(), settings.backoffMax());
        this.pump = new AmiEventPump(new AmiEventTranslator(), sink, this::snapshot, new Resyncs(), worker,
                settings.queueCapacity(), clock, threads);
        this.commands = new AmiCommands(pump, () -> current, scheduler, clock, settings.readTimeout());
    }

    /** Starts the pump and the first connect attempt; in demo mode (no host) it only says so. */
    public void start() {
        if (settings.demo()) {
            AmiLog.LOG.demoMode(AmiSettings.HOST);
            return;
        }
        if (!started.compareAndSet(false, true)) {
            return;
        }
        pump.start();
        long interval = settings.pingInterval().toMillis();
        pings = scheduler.scheduleWithFixedDelay(this::ping, interval, interval, TimeUnit.MILLISECONDS);
        scheduleAttempt(Duration.ZERO);
    }

    /** Takes a fresh snapshot now, in turn with the events already received. */
    public void resyncNow() {
        pump.resyncNow("requested");
    }

    /** Sends commands over this link; their answers come through the pump, in order with the events. */
    public AmiCommands commands() {
        return commands;
    }

    /**
     * Sends one AMI Ping over the current login, beside the link's own pings (a health check: is the PBX answering
     * now?). The stage completes with the round trip when the PBX answers, on asterisk-java's reader thread (so
     * callers wait with a deadline and chain nothing heavy); exceptionally at once when no login is up or the
     * action cannot be sent. A PBX that answers nothing never completes it: the caller's deadline decides. The
     * pump is not involved, so it never waits on the caller.
     */
    public CompletableFuture<Duration> pingNow() {
        CompletableFuture<Duration> pong = new CompletableFuture<>();
        AmiSession session = current;
        if (session == null) {
            pong.completeExceptionally(new IOException("no AMI login (" + state + ")"));
            return pong;
        }
        long sent = System.nanoTime();
        try {
            session.sendAction(new PingAction(), response -> pong.complete(Duration.ofNanos(System.nanoTime() - sent)));
        } catch (IOException | RuntimeException e) {
            pong.completeExceptionally(new IOException("the Ping could not be sent: " + describe(e), e));
        }
        return pong;
    }

    public State state() {
        return state;
    }

    public Stats stats() {
        return new Stats(state, connects.get(), disconnects.get(), Math.max(0, attempts.get() - 1), lastError,
                Optional.ofNullable(lastConnectedAt), pbxVersion);
    }

    public AmiEventPump.Stats pumpStats() {
        return pump.stats();
    }

    @Override
    public void close() {
        closed = true;
        ScheduledFuture<?> timer = pings;
        if (timer != null) {
            timer.cancel(false);
        }
        AmiSession session = current;
        current = null;
        if (session != null) {
            session.close("stopped");
        }
        worker.shutdownNow();
        pump.close();
        commands.stopped();
        state = State.DISCONNECTED;
        if (started.get()) {
            AmiLog.LOG.stopped(settings.host(), settings.port());
        }
    }

    private void scheduleAttempt(Duration delay) {
        if (closed || !attemptPending.compareAndSet(false, true)) {
            return;
        }
        try {
            scheduler.schedule(() -> execute(this::attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            attemptPending.set(false);
        }
    }

    private void execute(Runnable task) {
        try {
            worker.execute(task);
        } catch (RejectedExecutionException stopping) {
            attemptPending.set(false);
        }
    }

    /** One connect attempt, on the worker. */
    private void attempt() {
        attemptPending.set(false);
        if (closed || current != null) {
            return;
        }
        state = State.CONNECTING;
        AmiLog.LOG.connecting(settings.host(), settings.port(), settings.user(), attempts.incrementAndGet());
        AmiSession session = new AmiSession(settings, commands::onManagerEvent, reason -> ended(reason), clock);
        try {
            session.open();
        } catch (Exception | LinkageError e) {
            session.close("login failed");
            lastError = describe(e);
            state = State.DISCONNECTED;
            Duration delay = backoff.attemptFailed();
            AmiLog.LOG.connectFailed(settings.host(), settings.port(), lastError, delay.toMillis());
            scheduleAttempt(delay);
            return;
        }
        connects.incrementAndGet();
        backoff.loggedIn();
        lastConnectedAt = clock.instant();
        pbxVersion = session.asteriskVersion();
        synchronisedSinceLogin = false;
        awaitingPong.set(false);
        current = session;
        state = State.SYNCHRONIZING;
        AmiLog.LOG.loggedIn(settings.host(), settings.port(), pbxVersion, String.valueOf(session.getProtocolIdentifier()));
        pump.link(new AmiConnected(Stamp.at(clock.instant()), settings.host(), settings.port(), pbxVersion));
        if (closed) {
            session.close("stopped");
        }
    }

    /** The current session ended (the PBX closed it, a ping went unanswered, a snapshot failed). */
    private void ended(String reason) {
        AmiSession session = current;
        current = null;
        if (session == null || closed) {
            return;
        }
        disconnects.incrementAndGet();
        lastError = reason;
        state = State.DISCONNECTED;
        AmiLog.LOG.linkLost(reason);
        pump.link(new AmiDisconnected(Stamp.at(clock.instant()), reason, session.lastHeard()));
        commands.linkLost(reason);
        scheduleAttempt(backoff.linkLost(synchronisedSinceLogin));
    }

    /** Every ping interval: a ping still unanswered from the last tick means the peer is gone. */
    private void ping() {
        AmiSession session = current;
        if (session == null) {
            return;
        }
        long now = System.nanoTime();
        long sinceLastTick = lastPingTick == 0 ? 0 : now - lastPingTick;
        lastPingTick = now;
        if (awaitingPong.get() && sinceLastTick > settings.pingInterval().toNanos() * 3 / 2) {
            // this tick comes late: the whole JVM was paused, and the pong may be waiting unread in the socket
            DEBUG.debugf("Ping check came %d ms after the previous one; the pong gets one more interval",
                    sinceLastTick / 1_000_000);
            return;
        }
        if (!awaitingPong.compareAndSet(false, true)) {
            AmiLog.LOG.pingUnanswered(settings.pingInterval().toMillis());
            session.abort("no answer to a ping within " + settings.pingInterval().toMillis() + " ms");
            return;
        }
        try {
            session.sendAction(new PingAction(), response -> awaitingPong.set(false));
        } catch (IOException | RuntimeException e) {
            DEBUG.debugf("Ping could not be sent: %s", e.getMessage());
            session.abort("ping failed: " + describe(e));
        }
    }

    private PbxSnapshot snapshot() throws Exception {
        AmiSession session = current;
        if (session == null) {
            throw new IOException("not connected");
        }
        return new PbxSnapshotReader(session, session, settings.readTimeout(), clock).read();
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** Moves the state with the resyncs, and drops a link whose snapshot failed so the loop starts again. */
    private final class Resyncs implements AmiResynchronizer.Observer {
        @Override
        public void resyncing(String cause) {
            if (current != null) {
                state = State.SYNCHRONIZING;
            }
        }

        @Override
        public void synchronised() {
            if (current != null) {
                state = State.CONNECTED;
                synchronisedSinceLogin = true;
                backoff.synchronised();
            }
        }

        @Override
        public void snapshotFailed(String cause, Exception failure) {
            AmiSession session = current;
            if (session != null) {
                session.abort("snapshot failed: " + describe(failure));
            }
        }
    }
}
