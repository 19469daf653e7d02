package org.switchboard.sip.presence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.switchboard.console.model.AccountSettings;
import org.switchboard.console.model.DigestCredentials;
import org.switchboard.health.model.Availability;
import org.switchboard.pbx.scripted.SettableClock;
import org.switchboard.presence.PresenceAccounts.SipCredentials;
import org.switchboard.presence.model.PresenceSettings;
import org.switchboard.presence.model.UserId;
import org.switchboard.sip.PeerActivity;
import org.switchboard.sip.SipDispatcher;
import org.switchboard.sip.SipEndpoint;
import org.switchboard.sip.SipLanes;
import org.switchboard.sip.SipRequestHandler;
import org.switchboard.sip.SipSender;
import org.switchboard.sip.SipSettings;
import org.switchboard.sip.options.OptionsHandler;
import org.switchboard.testkit.sip.FreePort;
import org.switchboard.testkit.sip.SipTarget;

/**
 * A SIP endpoint on a free port of 127.0.0.1 with SIP presence as the server assembles it, the production
 * settings, a {@link TestPresenceDesk}, a {@link MapSubscriptionStore}, accounts the test sets ({@link #account}) and a
 * clock the test moves. {@link #restart()} stops the endpoint and starts a new one on the same port with the same
 * store, as an application restart does.
 */
public final class PresenceEndpoint implements AutoCloseable {

    static final PresenceSipSettings SETTINGS = PresenceSipSettings.from(key -> null, PresenceSettings.from(key -> null));
    public static final String REALM = AccountSettings.from(key -> null).sipRealm();
    public static final String PASSWORD = "presence-s3cret";

    public final TestPresenceDesk desk = new TestPresenceDesk();
    final MapSubscriptionStore store = new MapSubscriptionStore();
    final SettableClock clock = new SettableClock(Instant.parse("2026-11-26T09:00:00Z"));
    final ExecutorService pool = Executors.newCachedThreadPool();
    final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    final Map<String, SipCredentials> accounts = new ConcurrentHashMap<>();
    final int port = FreePort.forUdpAndTcp();
    SipSender sender;
    public SipPresence presence;
    public SipEndpoint endpoint;

    public PresenceEndpoint() {
        start();
    }

    private void start() {
        sender = new SipSender();
        presence = new SipPresence(SETTINGS, REALM, login -> Optional.ofNullable(accounts.get(login)), desk, store,
                sender, pool, scheduler, clock);
        List<SipRequestHandler> handlers = new ArrayList<>(List.of(new OptionsHandler(() -> Availability.AVAILABLE)));
        handlers.addAll(presence.handlers());
        SipDispatcher dispatcher = new SipDispatcher(handlers, SipLanes.over(pool), PeerActivity.NONE);
        endpoint = new SipEndpoint(new SipSettings("127.0.0.1", port, port), dispatcher, sender);
        endpoint.start();
    }

    /** Stops the endpoint and starts another on the same port and store, which reloads the stored subscriptions. */
    void restart() {
        presence.close();
        endpoint.stop();
        start();
        presence.reload();
    }

    /** An account: {@code login} with {@link #PASSWORD} is {@code user} for presence (a receptionist's login, or her user id). */
    public PresenceEndpoint account(String login, String user) {
        accounts.put(login, new SipCredentials(login, new UserId(user), DigestCredentials.of(login, REALM, PASSWORD)));
        return this;
    }

    SipTarget target() {
        return SipTarget.local(port);
    }

    @Override
    public void close() {
        presence.close();
        endpoint.stop();
        desk.close();
        pool.shutdownNow();
        scheduler.shutdownNow();
    }
}
