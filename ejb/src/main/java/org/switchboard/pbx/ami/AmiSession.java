package org.switchboard.pbx.ami;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.asteriskjava.lock.Locker.LockCloser;
import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.action.CoreSettingsAction;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.internal.ManagerConnectionImpl;
import org.asteriskjava.manager.response.CoreSettingsResponse;
import org.asteriskjava.manager.response.ManagerResponse;

/**
 * One AMI login over one TCP connection, and nothing more: when the connection ends, this session is over
 * and {@link AmiConnection} makes a new one under its own backoff.
 *
 * <p>Why a subclass of asterisk-java's internal {@link ManagerConnectionImpl}: in 3.42.2, when the reader
 * reports a {@link DisconnectEvent} while the connection is CONNECTED, {@code dispatchEvent} switches to
 * RECONNECTING and starts its own unnamed daemon thread that retries forever, 10 times every 50 ms and
 * then every 5 s, with its own logging and no counters; only {@code logoff()} stops it.
 * {@code DefaultManagerConnection} creates its ManagerConnectionImpl privately, so it cannot be told not
 * to. Here {@code dispatchEvent} marks the connection DISCONNECTED before asterisk-java sees the
 * DisconnectEvent; asterisk-java then releases the callers waiting for answers and, as it does after a
 * logoff, neither reconnects nor passes the event on. This session closes its socket and reports the end
 * once.
 *
 * <p>It also registers the event classes of this package that replace asterisk-java's (see
 * {@link AmiEventTranslator#OWN_EVENT_CLASSES}), and knows what this login learnt of the PBX: Asterisk's
 * version (CoreSettings, asked once after the login), the list actions the PBX turned down as unknown, and
 * when it last heard anything from the PBX (an event or an answer, a pong included).
 */
final class AmiSession extends ManagerConnectionImpl implements PbxSnapshotReader.ListActions {

    private static final String UNKNOWN_VERSION = "unknown";

    private final Consumer<String> onEnd;
    private final Clock clock;
    private final AtomicReference<String> endReason = new AtomicReference<>();
    private final AtomicBoolean reported = new AtomicBoolean();
    private final Set<String> unknownActions = ConcurrentHashMap.newKeySet();
    private volatile boolean opened;
    private volatile Instant lastHeard;
    private volatile String asteriskVersion = UNKNOWN_VERSION;

    AmiSession(AmiSettings settings, ManagerEventListener listener, Consumer<String> onEnd, Clock clock) {
        this.onEnd = Objects.requireNonNull(onEnd, "onEnd");
        this.clock = Objects.requireNonNull(clock, "clock");
        setHostname(settings.host());
        setPort(settings.port());
        setUsername(settings.user());
        setPassword(settings.secret());
        setSocketTimeout(Math.toIntExact(settings.connectTimeout().toMillis()));
        setDefaultResponseTimeout(settings.readTimeout().toMillis());
        setDefaultEventTimeout(settings.readTimeout().toMillis());
        setKeepAliveAfterAuthenticationFailure(false);
        AmiEventTranslator.OWN_EVENT_CLASSES.forEach(this::registerUserEventClass);
        addEventListener(listener);
    }

    /** Connects and logs in with all events on; afterwards the end of the connection is reported once. */
    void open() throws IOException, AuthenticationFailedException, TimeoutException {
        login("on");
        asteriskVersion = askVersion();
        opened = true;
        String early = endReason.get();
        if (early != null) {
            throw new IOException("the link ended during login: " + early);
        }
    }

    /** Asterisk's own version, such as {@code 20.20.1}, from CoreSettings; "unknown" when it did not say. */
    String asteriskVersion() {
        return asteriskVersion;
    }

    /** When this login last heard anything from the PBX; its login time when nothing came after. */
    Instant lastHeard() {
        Instant heard = lastHeard;
        return heard == null ? clock.instant() : heard;
    }

    @Override
    public boolean known(String action) {
        return !unknownActions.contains(action.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public void unknown(String action, String message) {
        if (unknownActions.add(action.toLowerCase(java.util.Locale.ROOT))) {
            AmiLog.LOG.listActionUnknown(action, message);
        }
    }

    @Override
    public void dispatchResponse(ManagerResponse response, Integer requiredHandlingTime) {
        lastHeard = clock.instant();
        super.dispatchResponse(response, requiredHandlingTime);
    }

    @Override
    public void dispatchEvent(ManagerEvent event, Integer requiredHandlingTime) {
        if (!(event instanceof DisconnectEvent)) {
            lastHeard = clock.instant();
            super.dispatchEvent(event, requiredHandlingTime);
            return;
        }
        try (LockCloser lock = withLock()) {
            state = ManagerConnectionState.DISCONNECTED;
        }
        super.dispatchEvent(event, requiredHandlingTime);
        end("the PBX closed the connection");
    }

    /** Asterisk's version from CoreSettings; "unknown" when the PBX does not say (the login goes on). */
    private String askVersion() throws IOException {
        try {
            ManagerResponse answer = sendAction(new CoreSettingsAction());
            if (answer instanceof CoreSettingsResponse settings && settings.getAsteriskVersion() != null
                    && !settings.getAsteriskVersion().isBlank()) {
                return settings.getAsteriskVersion().strip();
            }
        } catch (TimeoutException noAnswer) {
            // the version is worth a log line, not the link; a PBX that answers nothing fails its snapshot
        }
        return UNKNOWN_VERSION;
    }

    /** Drops the connection without a goodbye (a dead or misbehaving peer); the end is reported. */
    void abort(String reason) {
        end(reason);
    }

    /** Logs off politely when still logged in, then closes; the end is reported as {@code reason}. */
    void close(String reason) {
        endReason.compareAndSet(null, reason);
        if (getState() == ManagerConnectionState.CONNECTED) {
            try {
                logoff();
            } catch (RuntimeException e) {
                // already gone; disconnect below closes what is left
            }
        }
        end(reason);
    }

    private void end(String reason) {
        endReason.compareAndSet(null, reason);
        try (LockCloser lock = withLock()) {
            state = ManagerConnectionState.DISCONNECTED;
        }
        disconnect();
        if (opened && reported.compareAndSet(false, true)) {
            onEnd.accept(endReason.get());
        }
    }
}
