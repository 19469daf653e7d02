package org.switchboard.sip.console;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;

import javax.sip.message.Response;

import org.switchboard.console.ClientLink;
import org.switchboard.protocol.ConsoleMediaTypes;
import org.switchboard.protocol.ConsoleUpdate;
import org.switchboard.runtime.LogContext;
import org.switchboard.sip.Peer;
import org.switchboard.sip.SentRequest;
import org.switchboard.sip.SipOutcome;
import org.switchboard.sip.SipSender;

/**
 * The way back to one console client: its session's updates go to it as MESSAGE requests over the client's own
 * connection, strictly one at a time, each sent once the client answered the one before, so the client gets
 * them in order whatever it does with them. Pushes wait in an {@link UpdateBacklog} (bounded by what it holds,
 * merging waiting changes, numbering the updates as they leave, so merging makes no gap) and are sent
 * from the shared executor, never from the pusher's thread unless the executor refuses. Nothing is sent
 * before {@link #open(String)}: the client gets its answer to the log in first.
 *
 * <p>The link is lost, and the desk told once ({@code ConsoleDesk.linkLost}), when the client answers an
 * update with 481, when an update cannot be sent or gets no answer within the answer timeout, when the stack
 * reports the connection failed, or when nothing at all was heard from the client for twice the keep-alive
 * interval ({@link #check(long)}). Any request or response from the client's connection counts as heard.
 */
final class SipClientLink implements ClientLink {

    private enum Phase { NEW, OPEN, CLOSING, CLOSED }

    private final Peer peer;
    private final String login;
    private final ConsoleLinks links;
    private final String callId;
    private final UpdateBacklog backlog = new UpdateBacklog();

    private Phase phase = Phase.NEW;
    private String sessionId;
    private long cseq;
    private Delivery outstanding;
    private SipSender.Recipient recipient;
    private long lastHeardMillis;
    private String lostBeforeOpen;

    SipClientLink(Peer peer, String login, ConsoleLinks links, String callId, long nowMillis) {
        this.peer = Objects.requireNonNull(peer, "peer");
        this.login = Objects.requireNonNull(login, "login");
        this.links = links;
        this.callId = callId;
        this.lastHeardMillis = nowMillis;
    }

    Peer peer() {
        return peer;
    }

    synchronized String sessionId() {
        return sessionId;
    }

    @Override
    public String describe() {
        return peer.describe();
    }

    @Override
    public void push(ConsoleUpdate update) {
        Objects.requireNonNull(update, "update");
        synchronized (this) {
            if (phase == Phase.CLOSING || phase == Phase.CLOSED) {
                ConsoleSipLog.LOG.debugf("Update %d for %s dropped: the link is closed", update.seq(), describe());
                return;
            }
            if (backlog.add(update)) {
                ConsoleSipLog.LOG.backlogCompacted(describe(), backlog.compactedFrom(), backlog.size(),
                        backlog.entries());
            }
        }
        sendNext();
    }

    @Override
    public void close(String reason) {
        synchronized (this) {
            if (phase == Phase.CLOSED || phase == Phase.CLOSING) {
                return;
            }
            ConsoleSipLog.LOG.debugf("Link to %s closing: %s", describe(), reason);
            phase = phase == Phase.NEW ? Phase.CLOSED : Phase.CLOSING;
        }
        sendNext();
    }

    /** The client has its answer to the log in: the session's updates may go now. */
    void open(String session) {
        String lostReason;
        synchronized (this) {
            sessionId = session;
            if (phase == Phase.NEW) {
                phase = Phase.OPEN;
            }
            lostReason = lostBeforeOpen;
            lostBeforeOpen = null;
        }
        if (lostReason != null) {
            // the client went while its log in was answered: the session it got must not wait for it
            report(session, lostReason);
            return;
        }
        sendNext();
    }

    /** The log in was refused: the link never opens. */
    synchronized void discard() {
        phase = Phase.CLOSED;
    }

    synchronized void heard(long nowMillis) {
        lastHeardMillis = Math.max(lastHeardMillis, nowMillis);
    }

    /** Gives up on the client when an update waits too long for its answer or the client fell silent. */
    void check(long nowMillis) {
        String reason;
        synchronized (this) {
            if (phase != Phase.OPEN && phase != Phase.CLOSING) {
                return;
            }
            Duration answer = links.settings().answerTimeout();
            Duration silence = links.settings().keepAlive().multipliedBy(2);
            if (outstanding != null && nowMillis - outstanding.sentMillis > answer.toMillis()) {
                reason = "update " + outstanding.seq + " unanswered for " + answer.toSeconds() + " s";
            } else if (nowMillis - lastHeardMillis > silence.toMillis()) {
                reason = "nothing heard for " + silence.toSeconds() + " s (a keep-alive is due every "
                        + links.settings().keepAlive().toSeconds() + " s)";
            } else {
                return;
            }
        }
        lost(reason);
    }

    /**
     * Ends the link because the client is gone, and tells the desk once, unless the desk had closed it; a link
     * lost before it opened tells the desk when it opens (the session then exists).
     */
    void lost(String reason) {
        String session;
        synchronized (this) {
            if (phase == Phase.CLOSED) {
                return;
            }
            // a link the desk closed is no longer the session's: its loss is nobody's concern
            boolean reported = phase == Phase.OPEN;
            if (phase == Phase.NEW) {
                lostBeforeOpen = reason;
            }
            phase = Phase.CLOSED;
            outstanding = null;
            while (backlog.poll() != null) {
                // dropped: the client is gone
            }
            session = reported ? sessionId : null;
            if (recipient != null) {
                recipient.abandon();
            }
        }
        links.remove(this);
        if (session != null) {
            report(session, reason);
        }
    }

    @SuppressWarnings("try") // the log context is only opened and closed
    private void report(String session, String reason) {
        try (LogContext ignored = LogContext.with(LogContext.SESSION, session)) {
            ConsoleSipLog.LOG.linkLost(describe(), reason);
            links.reportLost(session, this, reason);
        }
    }

    /** True while closed but still delivering the updates pushed before. */
    synchronized boolean closing() {
        return phase == Phase.CLOSING;
    }

    /** Another link on the connection finished: this one may go on. */
    void resume() {
        sendNext();
    }

    /**
     * Sends the next waiting update when none is outstanding and no older link on the connection is still
     * delivering; finishes a closing link once drained.
     */
    private void sendNext() {
        ConsoleUpdate next;
        Delivery delivery;
        boolean finished = false;
        boolean waitForOlder = links.olderStillClosing(this);
        synchronized (this) {
            if (outstanding != null || waitForOlder || (phase != Phase.OPEN && phase != Phase.CLOSING)) {
                return;
            }
            next = backlog.poll();
            if (next == null) {
                if (phase == Phase.CLOSING) {
                    phase = Phase.CLOSED;
                    finished = true;
                }
                delivery = null;
            } else {
                delivery = new Delivery(next.seq(), links.clock().millis());
                outstanding = delivery;
            }
        }
        if (finished) {
            links.remove(this);
        } else if (next != null) {
            ConsoleUpdate update = next;
            try {
                links.executor().execute(() -> send(update, delivery));
            } catch (RejectedExecutionException e) {
                send(update, delivery);
            }
        }
    }

    private void send(ConsoleUpdate update, Delivery delivery) {
        byte[] body;
        long sequence;
        SipSender.Recipient to;
        synchronized (this) {
            sequence = ++cseq;
            if (recipient == null) {
                // the session is known once the link is open, before any update goes
                recipient = links.sender().recipient(peer, login, callId, ConsoleMediaTypes.UPDATE,
                        Map.of(SipOutcome.ConsoleSessionOpened.SESSION_HEADER, sessionId));
            }
            to = recipient;
        }
        try {
            body = links.codec().encode(update);
        } catch (RuntimeException e) {
            ConsoleSipLog.LOG.errorf(e, "Update %d for %s could not be encoded; skipped, the client will resync",
                    update.seq(), describe());
            delivered(delivery);
            return;
        }
        links.sender().message(to, sequence, body, delivery);
    }

    private void delivered(Delivery delivery) {
        synchronized (this) {
            if (outstanding != delivery) {
                return;
            }
            outstanding = null;
        }
        sendNext();
    }

    /** One update on its way; ignores a late answer once the link moved on. */
    private final class Delivery implements SentRequest {

        final long seq;
        final long sentMillis;

        Delivery(long seq, long sentMillis) {
            this.seq = seq;
            this.sentMillis = sentMillis;
        }

        @Override
        public void answered(Response response) {
            int status = response.getStatusCode();
            heard(links.clock().millis());
            if (status == Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST) {
                lostIfCurrent("the client answered update " + seq + " with 481");
                return;
            }
            if (status >= 300) {
                ConsoleSipLog.LOG.updateRefused(describe(), seq, status, response.getReasonPhrase());
            }
            delivered(this);
        }

        @Override
        public void failed(String reason) {
            lostIfCurrent("update " + seq + " not delivered: " + reason);
        }

        private void lostIfCurrent(String reason) {
            synchronized (SipClientLink.this) {
                if (outstanding != this) {
                    return;
                }
            }
            lost(reason);
        }
    }
}
