package org.switchboard.sip.presence;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import javax.sip.InvalidArgumentException;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.switchboard.presence.Watcher;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.SipWatch;
import org.switchboard.presence.model.WatcherId;
import org.switchboard.runtime.LogContext;
import org.switchboard.sip.Peer;
import org.switchboard.sip.SentRequest;
import org.switchboard.sip.SipSender;

/**
 * One SIP subscription to a user's presence: a watcher of the presence service whose changes go to the subscriber
 * as NOTIFYs in the subscription's dialog, one at a time (the next once the subscriber answered the one before),
 * always with the newest presence: changes that come while a NOTIFY waits are coalesced into the next one. Over UDP
 * a NOTIFY is sent again after 0.5, 1, 2, 4, 4… seconds until answered (RFC 3261 Timer E).
 *
 * <p>It ends, and tells {@link SipSubscriptions} once, after its final NOTIFY (Subscription-State terminated) was
 * answered, or at once when a NOTIFY is answered 481, 408 or 489, cannot be sent, or gets no answer within the
 * NOTIFY timeout (RFC 6665 section 4.2.2).
 */
final class SipSubscription implements Watcher {

    private static final Duration FIRST_RETRANSMIT = Duration.ofMillis(500);
    private static final Duration LAST_RETRANSMIT = Duration.ofSeconds(4);

    private final SipSubscriptions owner;
    private final WatcherId id;
    private SipWatch watch;
    private Presence current;
    private Presence pending;
    private long queuedVersion = -1;
    private String terminating;
    private Notify outstanding;
    private boolean ended;

    SipSubscription(SipSubscriptions owner, SipWatch watch) {
        this.owner = owner;
        this.watch = watch;
        this.id = watch.watcherId();
    }

    @Override
    public WatcherId id() {
        return id;
    }

    synchronized SipWatch watch() {
        return watch;
    }

    /** A change from the presence service: sent unless a newer version went or waits already. */
    @Override
    public void presenceChanged(Presence presence) {
        offer(presence, false);
    }

    /**
     * Sends this presence, the service's current one, even when no newer than the last sent (the NOTIFY that
     * answers a SUBSCRIBE, or follows a restart); later changes are compared with its version.
     */
    void notifyNow(Presence presence) {
        offer(presence, true);
    }

    private void offer(Presence presence, boolean always) {
        Objects.requireNonNull(presence, "presence");
        synchronized (this) {
            if (ended || terminating != null || !always && presence.version() <= queuedVersion) {
                return;
            }
            pending = presence;
            current = presence;
            // what the service says now is the reference, also when its versions restarted lower
            queuedVersion = always ? presence.version() : Math.max(queuedVersion, presence.version());
        }
        sendNext();
    }

    /** A refresh in the dialog: the subscription lives until {@code expiresAt}. */
    synchronized void refreshed(Instant expiresAt, long subscribeCseq) {
        watch = watch.withExpiry(expiresAt, subscribeCseq);
    }

    /** Sends the final NOTIFY (terminated, with the reason and the current presence), then ends. */
    void terminate(String reason) {
        terminate(reason, null);
    }

    /** As {@link #terminate(String)}, with this presence in the final NOTIFY (a fetch: RFC 6665 section 4.4.3). */
    void terminate(String reason, Presence presence) {
        synchronized (this) {
            if (presence != null) {
                current = presence;
            }
            if (ended || terminating != null) {
                return;
            }
            terminating = reason;
        }
        sendNext();
    }

    /** Expires the subscription, gives up on an unanswered NOTIFY, or sends it again over UDP. */
    void check(Instant now) {
        Notify due;
        String lost = null;
        synchronized (this) {
            if (ended) {
                return;
            }
            if (outstanding != null && now.isAfter(outstanding.sentAt.plus(owner.settings().notifyTimeout()))) {
                lost = "NOTIFY " + outstanding.cseq + " unanswered for " + owner.settings().notifyTimeout().toSeconds()
                        + " s";
            }
            due = outstanding != null && lost == null && watch.transport().equals("UDP")
                    && !now.isBefore(outstanding.retransmitAt) ? outstanding : null;
            if (due != null) {
                due.interval = min(due.interval.multipliedBy(2), LAST_RETRANSMIT);
                due.retransmitAt = now.plus(due.interval);
            }
        }
        if (lost != null) {
            end(lost);
        } else if (due != null && due.sent != null) {
            due.sent.resend();
        } else if (watch().expiredAt(now)) {
            terminate("timeout");
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private void sendNext() {
        Presence presence;
        String state;
        SipWatch to;
        Notify notify;
        synchronized (this) {
            if (ended || outstanding != null) {
                return;
            }
            boolean last = terminating != null;
            if (!last && pending == null) {
                return;
            }
            presence = last ? current : pending;
            pending = null;
            Instant now = owner.clock().instant();
            state = last ? "terminated;reason=" + terminating
                    : "active;expires=" + Math.max(0, Duration.between(now, watch.expiresAt()).toSeconds());
            watch = watch.withLocalCseq(watch.localCseq() + 1);
            to = watch;
            notify = new Notify(to.localCseq(), last, now);
            outstanding = notify;
        }
        send(to, state, presence, notify);
    }

    @SuppressWarnings("try") // the log context is only opened and closed
    private void send(SipWatch to, String state, Presence presence, Notify notify) {
        try (LogContext ignored = LogContext.only(LogContext.SIP, to.callId(), LogContext.USER, to.user().value())) {
            // a final NOTIFY before any presence was known carries no body rather than a made-up one
            byte[] body = presence == null ? null : owner.codec().encode(new Pidf(NotifyRequests.entity(to),
                    presence.status(), Optional.of(presence.note())));
            Request request;
            try {
                request = NotifyRequests.notify(to, notify.cseq, state, owner.sender().contact(peer(to),
                        to.user().value()), body);
            } catch (ParseException | InvalidArgumentException | RuntimeException e) {
                notify.failed("cannot build the NOTIFY: " + e.getMessage());
                return;
            }
            // off the watcher's lane: a TCP connect to a reloaded subscriber's Contact must not hold it
            owner.sending().execute(() -> sendNow(to, request, notify));
        }
    }

    @SuppressWarnings("try") // the log context is only opened and closed
    private void sendNow(SipWatch to, Request request, Notify notify) {
        synchronized (this) {
            if (outstanding != notify) { // ended meanwhile
                return;
            }
        }
        try (LogContext ignored = LogContext.only(LogContext.SIP, to.callId(), LogContext.USER, to.user().value())) {
            notify.sent = owner.sender().send(NotifyRequests.destination(to), NotifyRequests.fallback(to), request,
                    notify);
        }
    }

    static Peer peer(SipWatch watch) {
        return new Peer(watch.transport(), watch.peerAddress(), watch.peerPort());
    }

    private void answeredOk(Notify notify) {
        boolean finished;
        synchronized (this) {
            if (outstanding != notify) {
                return;
            }
            outstanding = null;
            finished = notify.last;
        }
        if (finished) {
            end(terminatingReason());
        } else {
            sendNext();
        }
    }

    private synchronized String terminatingReason() {
        return "terminated (" + terminating + ")";
    }

    /** Ends at once: no NOTIFY goes any more. */
    void end(String reason) {
        Notify waiting;
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            waiting = outstanding;
            outstanding = null;
            pending = null;
        }
        if (waiting != null && waiting.sent != null) {
            waiting.sent.abandon();
        }
        owner.ended(this, reason);
    }

    /** True while a NOTIFY waits for its answer. */
    synchronized boolean notifying() {
        return outstanding != null;
    }

    synchronized boolean ended() {
        return ended;
    }

    /** One NOTIFY on its way. */
    private final class Notify implements SentRequest {

        final long cseq;
        final boolean last;
        final Instant sentAt;
        Duration interval = FIRST_RETRANSMIT;
        Instant retransmitAt;
        volatile SipSender.InDialogRequest sent;

        Notify(long cseq, boolean last, Instant sentAt) {
            this.cseq = cseq;
            this.last = last;
            this.sentAt = sentAt;
            this.retransmitAt = sentAt.plus(interval);
        }

        @Override
        public void answered(Response response) {
            int status = response.getStatusCode();
            if (status == Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST || status == Response.REQUEST_TIMEOUT
                    || status == Response.BAD_EVENT) {
                endIfCurrent("the subscriber answered NOTIFY " + cseq + " with " + status);
                return;
            }
            if (status >= 300) {
                PresenceSipLog.LOG.notifyRefused(peer(watch()).describe(), status, response.getReasonPhrase());
            }
            answeredOk(this);
        }

        @Override
        public void failed(String reason) {
            endIfCurrent("NOTIFY " + cseq + " not delivered: " + reason);
        }

        private void endIfCurrent(String reason) {
            synchronized (SipSubscription.this) {
                if (outstanding != this) {
                    return;
                }
            }
            end(reason);
        }
    }
}
