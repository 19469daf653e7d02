package org.switchboard.sip;

import java.util.List;
import java.util.Objects;

import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.TransactionUnavailableException;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;

import org.jboss.logging.Logger;
import org.switchboard.runtime.KeyedSerialExecutor;
import org.switchboard.runtime.LogContext;

import gov.nist.javax.sip.RequestEventExt;
import gov.nist.javax.sip.ResponseEventExt;
import gov.nist.javax.sip.TransactionExt;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.stack.MessageChannel;

/**
 * Hands each request to the handler for its method and body type ({@link HandlerTable}) and sends exactly one
 * final response ({@link FinalAnswer}): the handler's outcome mapped by {@link SipResponses}, 405, 415 or 481
 * when no handler takes it, 500 when the handler throws or fails, 503 with Retry-After when its lane is full.
 * A handler runs on the stack's thread, or, when it names a lane for the request, on that lane of
 * {@code lanes}, one request of a lane at a time. An ACK is never answered. The request's Call-ID is in the
 * MDC under {@code sip} while it is handled. Requests whose handler has no side effects, and requests nobody
 * handles, are answered without a server transaction (see {@link SipRequestHandler#answeredStatelessly()}).
 *
 * <p>Responses to the requests this server sends go to their {@link SentRequest} (matched by {@link SipSender});
 * every request and response heard from a peer, and every connection failure the stack reports, goes to
 * {@link PeerActivity}.
 */
public final class SipDispatcher implements SipListener {

    /** How long a handler's outcome may take before the request is answered 500; well under a client transaction's 32 s. */
    public static final long OUTCOME_DEADLINE_SECONDS = 10;

    /** What a client is asked to wait before retrying when the lanes are full. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(SipDispatcher.class);

    private final HandlerTable handlers;
    private final SipResponses responses;
    private final KeyedSerialExecutor lanes;
    private final PeerActivity activity;
    private volatile SipSender sender;

    /** A dispatcher whose handlers all answer on the stack's thread. */
    public SipDispatcher(List<SipRequestHandler> handlers) {
        this(handlers, null, PeerActivity.NONE);
    }

    /**
     * @param lanes where handlers that name a lane run; null when none does
     * @param activity hears every peer that sent something, and every connection failure
     */
    public SipDispatcher(List<SipRequestHandler> handlers, KeyedSerialExecutor lanes, PeerActivity activity) {
        this.handlers = new HandlerTable(handlers);
        this.responses = new SipResponses(this.handlers.methods());
        this.lanes = lanes;
        this.activity = Objects.requireNonNull(activity, "activity");
    }

    /** Responses go to the requests this sender sent (the endpoint's, once it starts). */
    void answersThrough(SipSender ours) {
        sender = ours;
    }

    @Override
    @SuppressWarnings("try") // the log context is only opened and closed
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        String callId = callId(request);
        try (LogContext ignored = LogContext.only(LogContext.SIP, callId)) {
            if (Request.ACK.equals(request.getMethod())) {
                LOG.debugf("ACK received; an ACK gets no response");
                return;
            }
            HandlerTable.Route route = handlers.route(request);
            SipRequestHandler handler = route.handler();
            ServerTransaction transaction = event.getServerTransaction();
            if (transaction == null && handler != null && !handler.answeredStatelessly()) {
                try {
                    transaction = ((SipProvider) event.getSource()).getNewServerTransaction(request);
                } catch (TransactionAlreadyExistsException e) {
                    LOG.debugf("Retransmission of %s ignored: its first copy is being answered", request.getMethod());
                    return;
                } catch (TransactionUnavailableException e) {
                    LOG.debugf(e, "No server transaction for %s; answering statelessly", request.getMethod());
                }
            }
            Peer peer = peerOf(event, transaction, request);
            activity.heard(peer);
            InboundRequest inbound = new InboundRequest(request, peer);
            FinalAnswer answer = new FinalAnswer((SipProvider) event.getSource(), transaction, inbound, responses, callId);
            if (handler == null) {
                LOG.debugf("No handler takes this %s; answering %s", request.getMethod(), route.outcome());
                answer.send(route.outcome());
            } else {
                dispatch(handler, inbound, answer, callId);
            }
        }
    }

    @SuppressWarnings("try") // the log context is only opened and closed
    private void dispatch(SipRequestHandler handler, InboundRequest inbound, FinalAnswer answer, String callId) {
        Object lane;
        try {
            lane = handler.laneOf(inbound);
        } catch (RuntimeException e) {
            SipLog.LOG.handlingFailed(inbound.request().getMethod(), e);
            answer.send(new SipOutcome.ServerError("Server error handling " + inbound.request().getMethod()));
            return;
        }
        if (lane == null || lanes == null) {
            answer.follow(handler);
            return;
        }
        boolean queued = lanes.submit(lane, () -> {
            try (LogContext ignored = LogContext.only(LogContext.SIP, callId)) {
                answer.follow(handler);
            }
        });
        if (!queued) {
            SipLog.LOG.lanesFull(inbound.request().getMethod(), inbound.peer().describe());
            answer.send(new SipOutcome.Overloaded("Server busy, retry later", RETRY_AFTER_SECONDS));
        }
    }

    private static String callId(Message message) {
        CallIdHeader callId = (CallIdHeader) message.getHeader(CallIdHeader.NAME);
        return callId == null ? null : callId.getCallId();
    }

    /**
     * Where the request came from: the transport it really came over (the transaction's, when there is one; else
     * the channel's it arrived on; else the one its Via names) and the source address and port of the packet or
     * connection. (A browser names WSS in its Via whenever its page is on https, even when a proxy in front of
     * the server ended the TLS.)
     */
    private static Peer peerOf(RequestEvent event, ServerTransaction transaction, Request request) {
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        String transport = transaction instanceof TransactionExt ext && ext.getTransport() != null ? ext.getTransport()
                : request instanceof SIPRequest arrived && arrived.getMessageChannel() instanceof MessageChannel channel
                        ? channel.getTransport()
                : via == null ? "UDP" : via.getTransport();
        if (event instanceof RequestEventExt ext && ext.getRemoteIpAddress() != null) {
            return new Peer(transport, ext.getRemoteIpAddress(), ext.getRemotePort());
        }
        return new Peer(transport, via == null ? "" : via.getHost(), via == null ? 0 : via.getPort());
    }

    @Override
    @SuppressWarnings("try") // the log context is only opened and closed
    public void processResponse(ResponseEvent event) {
        try (LogContext ignored = LogContext.only(LogContext.SIP, callId(event.getResponse()))) {
            if (event instanceof ResponseEventExt ext && ext.getRemoteIpAddress() != null) {
                ViaHeader via = (ViaHeader) event.getResponse().getHeader(ViaHeader.NAME);
                activity.heard(new Peer(via == null ? "UDP" : via.getTransport(), ext.getRemoteIpAddress(),
                        ext.getRemotePort()));
            }
            int status = event.getResponse().getStatusCode();
            SipSender ours = sender;
            SentRequest sent = status < 200 || ours == null ? null : ours.answerTo(event.getResponse());
            if (sent != null) {
                sent.answered(event.getResponse());
            } else if (status >= 200) {
                LOG.debugf("Response %d ignored: no request of ours waits for it", status);
            }
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        // the server's own requests go without a client transaction (SipSender): this is a server transaction's
        LOG.debugf("Transaction timed out");
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        // also the wake-up event of StackShutdown, after the stack stopped
        LOG.debugf("I/O problem with %s:%d over %s", event.getHost(), event.getPort(), event.getTransport());
        if (event.getHost() != null && event.getTransport() != null) {
            activity.failed(new Peer(event.getTransport(), event.getHost(), event.getPort()), "connection failed");
        }
    }

    /** A stream connection closed (the endpoint's sockets say so): the peer's links are gone. */
    void connectionClosed(Peer peer) {
        LOG.debugf("Connection %s closed", peer.describe());
        activity.failed(peer, "connection closed");
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        // nothing is kept per transaction
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        // the stack keeps no dialogs (automatic dialog support is off); presence subscriptions keep their own
    }
}
