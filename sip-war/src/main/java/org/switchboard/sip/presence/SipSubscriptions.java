package org.switchboard.sip.presence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.switchboard.presence.PresenceBusy;
import org.switchboard.presence.PresenceDesk;
import org.switchboard.presence.model.SipWatch;
import org.switchboard.runtime.LogContext;
import org.switchboard.sip.SipSender;

/**
 * The SIP subscriptions to presence that live on this node, by dialog id: each is a watcher of the presence desk
 * from its start until it ends, and stored while it lives so that a restart finds it ({@link #reload()}). The
 * check, run every half second, expires subscriptions and gives up on unanswered NOTIFYs.
 */
final class SipSubscriptions {

    private final Map<String, SipSubscription> byDialog = new ConcurrentHashMap<>();
    private final PresenceDesk desk;
    private final SubscriptionStore store;
    private final SipSender sender;
    private final Executor sending;
    private final PresenceSipSettings settings;
    private final Clock clock;
    private final PidfCodec codec = new PidfCodec();

    /** CSeq values skipped after a reload: NOTIFYs sent since the subscription was last stored. */
    static final long CSEQ_GAP_AFTER_RELOAD = 10_000;

    SipSubscriptions(PresenceDesk desk, SubscriptionStore store, SipSender sender, Executor sending,
            PresenceSipSettings settings, Clock clock) {
        this.desk = desk;
        this.sending = sending;
        this.store = store;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
    }

    PresenceSipSettings settings() {
        return settings;
    }

    Clock clock() {
        return clock;
    }

    PidfCodec codec() {
        return codec;
    }

    SipSender sender() {
        return sender;
    }

    /** Sends the NOTIFYs, off the watchers' lanes. */
    Executor sending() {
        return sending;
    }

    PresenceDesk desk() {
        return desk;
    }

    Optional<SipSubscription> find(String dialogId) {
        return Optional.ofNullable(byDialog.get(dialogId));
    }

    int size() {
        return byDialog.size();
    }

    /** True when no subscription waits for the answer to a NOTIFY. */
    boolean quiet() {
        return byDialog.values().stream().noneMatch(SipSubscription::notifying);
    }

    /** A new subscription, registered; {@link #save} and {@link #start} it once the subscriber has its 200. */
    SipSubscription add(SipWatch watch) {
        SipSubscription subscription = new SipSubscription(this, watch);
        byDialog.put(watch.dialogId(), subscription);
        return subscription;
    }

    /**
     * NOTIFYs the current presence and watches the user from now on. When the presence service is too busy to
     * take the watch, the subscription ends with {@code terminated;reason=deactivated}: the subscriber may
     * subscribe again at once (RFC 6665 section 4.1.3).
     */
    void start(SipSubscription subscription) {
        SipWatch watch = subscription.watch();
        try {
            subscription.notifyNow(desk.fetch(watch.user()));
            desk.watch(subscription, List.of(watch.user()));
        } catch (PresenceBusy e) {
            PresenceSipLog.LOG.debugf("The presence service is busy: %s", e.getMessage());
            subscription.terminate("deactivated");
        }
    }

    /** A subscription that ended: no longer watched, no longer stored. */
    @SuppressWarnings("try") // the log context is only opened and closed
    void ended(SipSubscription subscription, String reason) {
        SipWatch watch = subscription.watch();
        desk.unwatchAll(subscription.id());
        try (LogContext ignored = LogContext.only(LogContext.SIP, watch.callId(), LogContext.USER, watch.user().value())) {
            PresenceSipLog.LOG.ended(SipSubscription.peer(watch).describe(), watch.user().value(), reason);
            store.remove(watch.dialogId());
        } catch (RuntimeException e) {
            PresenceSipLog.LOG.notStored(watch.dialogId(), e);
        } finally {
            byDialog.remove(watch.dialogId(), subscription);
        }
    }

    void save(SipWatch watch) {
        try {
            store.save(watch);
        } catch (RuntimeException e) {
            PresenceSipLog.LOG.notStored(watch.dialogId(), e);
        }
    }

    /** Expires subscriptions, gives up on unanswered NOTIFYs and sends the UDP ones again. */
    void check() {
        Instant now = clock.instant();
        for (SipSubscription subscription : byDialog.values()) {
            try {
                subscription.check(now);
            } catch (RuntimeException e) {
                PresenceSipLog.LOG.errorf(e, "Checking the SIP subscription %s failed", subscription.id());
            }
        }
    }

    /**
     * After the presence service restarted, or this application started: every live subscription (the ones held
     * here and the stored ones not held yet) watches its user again and is NOTIFYed of the current presence.
     * Stored subscriptions resume with their local CSeq moved on by {@link #CSEQ_GAP_AFTER_RELOAD}, stored at once.
     */
    void reload() {
        Instant now = clock.instant();
        for (SipWatch stored : store.live(now)) {
            if (!byDialog.containsKey(stored.dialogId()) && !stored.expiredAt(now)) {
                // stored again at once: a second restart must start past the CSeqs this one is about to send
                SipWatch resumed = stored.withLocalCseq(stored.localCseq() + CSEQ_GAP_AFTER_RELOAD);
                save(resumed);
                byDialog.putIfAbsent(stored.dialogId(), new SipSubscription(this, resumed));
            }
        }
        int count = 0;
        for (SipSubscription subscription : byDialog.values()) {
            if (!subscription.ended()) {
                start(subscription);
                count++;
            }
        }
        PresenceSipLog.LOG.reloaded(count);
    }

    /** Stops watching for every subscription held; they stay stored for the next start. */
    void close() {
        for (SipSubscription subscription : byDialog.values()) {
            desk.unwatchAll(subscription.id());
        }
        byDialog.clear();
    }
}
