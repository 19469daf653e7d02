package org.switchboard.sip.presence;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.switchboard.presence.PresenceDesk;
import org.switchboard.sip.SipRequestHandler;
import org.switchboard.sip.SipSender;

/**
 * Presence over SIP, assembled: the SUBSCRIBE and PUBLISH handlers with their digest authentication, the
 * subscriptions they hold, and the check
 * every half second that expires subscriptions and publications and resends or gives up on NOTIFYs. The endpoint's
 * dispatcher takes {@link #handlers()} among its handlers. {@link #reload()} is the entry point after a restart
 * of the application or of the presence service: every live subscription watches again and is NOTIFYed.
 */
public final class SipPresence implements AutoCloseable {

    static final long CHECK_MILLIS = 500;

    private final SipSubscriptions subscriptions;
    private final SubscribeHandler subscribe;
    private final PublishHandler publish;
    private final ScheduledFuture<?> checks;

    /**
     * @param realm the digest realm of the accounts ({@code AccountSettings.sipRealm})
     * @param accounts who may SUBSCRIBE and PUBLISH, with their HA1s in the realm
     * @param store keeps the subscriptions across restarts
     * @param executor sends the NOTIFYs (the container's managed executor)
     * @param scheduler runs the check (the container's managed scheduled executor)
     */
    public SipPresence(PresenceSipSettings settings, String realm, PresenceCredentialsLookup accounts,
            PresenceDesk desk, SubscriptionStore store, SipSender sender, Executor executor,
            ScheduledExecutorService scheduler, Clock clock) {
        PresenceAuthentication authentication = new PresenceAuthentication(realm, settings, accounts, clock);
        this.subscriptions = new SipSubscriptions(desk, store, sender, executor, settings, clock);
        this.subscribe = new SubscribeHandler(authentication, subscriptions);
        this.publish = new PublishHandler(authentication, desk, settings, clock);
        this.checks = scheduler.scheduleWithFixedDelay(this::check, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    public List<SipRequestHandler> handlers() {
        return List.of(subscribe, publish);
    }

    /**
     * Every live subscription (held here or stored) watches its user again and gets a NOTIFY of the current
     * presence: call it once the endpoint runs, and whenever the presence service restarted.
     */
    public void reload() {
        subscriptions.reload();
    }

    /** Subscriptions live now. */
    public int subscriptions() {
        return subscriptions.size();
    }

    /** True when no subscription waits for the answer to a NOTIFY. */
    public boolean quiet() {
        return subscriptions.quiet();
    }

    /** Publications held now. */
    public int publications() {
        return publish.size();
    }

    private void check() {
        subscriptions.check();
        publish.check();
    }

    /** Stops the check and every watch; the subscriptions stay stored for the next start. */
    @Override
    public void close() {
        checks.cancel(false);
        subscriptions.close();
    }
}
