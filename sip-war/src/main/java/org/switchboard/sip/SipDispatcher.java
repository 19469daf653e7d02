package org.switchboard.sip;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.TransactionUnavailableException;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.jboss.logging.Logger;
import org.switchboard.runtime.LogContext;

/**
 * Hands each request to the handler for its method and sends exactly one final response: the handler's
 * outcome mapped by {@link SipResponses}, 405 with Allow when no handler takes the method, 481 to a CANCEL
 * (requests are answered at once, so nothing is left to cancel), 500 with a reason when the handler throws
 * or its outcome cannot be mapped.
 * An ACK is never answered. The request's Call-ID is in the MDC under {@code sip} while it is handled.
 * Requests whose handler has no side effects, and requests nobody handles, are answered without a server
 * transaction (see {@link SipRequestHandler#answeredStatelessly()}).
 *
 * <p>The stack calls it from one thread (its event scanner); it keeps no state between requests.
 */
public final class SipDispatcher implements SipListener {

    private static final Logger LOG = Logger.getLogger(SipDispatcher.class);

    private final Map<String, SipRequestHandler> handlers = new LinkedHashMap<>();
    private final SipResponses responses;

    public SipDispatcher(List<SipRequestHandler> handlers) {
        for (SipRequestHandler handler : handlers) {
            String method = handler.method().toUpperCase(Locale.ROOT);
            if (this.handlers.putIfAbsent(method, handler) != null) {
                throw new IllegalArgumentException("two handlers for " + method);
            }
        }
        this.responses = new SipResponses(this.handlers.keySet());
    }

    @Override
    @SuppressWarnings("try") // the log context is only opened and closed
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        CallIdHeader callId = (CallIdHeader) request.getHeader(CallIdHeader.NAME);
        try (LogContext ignored = LogContext.only(LogContext.SIP, callId == null ? null : callId.getCallId())) {
            if (Request.ACK.equals(request.getMethod())) {
                LOG.debugf("ACK received; an ACK gets no response");
                return;
            }
            ServerTransaction transaction = event.getServerTransaction();
            if (transaction == null && needsTransaction(request)) {
                try {
                    transaction = ((SipProvider) event.getSource()).getNewServerTransaction(request);
                } catch (TransactionAlreadyExistsException e) {
                    LOG.debugf("Retransmission of %s ignored: its first copy is being answered", request.getMethod());
                    return;
                } catch (TransactionUnavailableException e) {
                    LOG.debugf(e, "No server transaction for %s; answering statelessly", request.getMethod());
                }
            }
            send(event, transaction, request, responseTo(request));
        }
    }

    /**
     * Only requests whose handler has side effects get a server transaction; OPTIONS, and methods nobody
     * handles (answered 405 or 481 every time), are answered statelessly.
     */
    private boolean needsTransaction(Request request) {
        SipRequestHandler handler = handlers.get(request.getMethod());
        return handler != null && !handler.answeredStatelessly();
    }

    private Response responseTo(Request request) {
        String method = request.getMethod();
        try {
            return responses.answer(request, outcomeOf(request));
        } catch (RuntimeException e) {
            SipLog.LOG.handlingFailed(method, e);
            return responses.answer(request, new SipOutcome.ServerError("Server error handling " + method));
        }
    }

    private SipOutcome outcomeOf(Request request) {
        String method = request.getMethod();
        SipRequestHandler handler = handlers.get(method);
        if (handler != null) {
            SipOutcome outcome = handler.handle(request);
            if (outcome == null) {
                throw new IllegalStateException("the " + method + " handler returned no outcome");
            }
            return outcome;
        }
        if (Request.CANCEL.equals(method)) {
            return new SipOutcome.DoesNotExist("Nothing to cancel");
        }
        LOG.debugf("No handler for %s; answering 405", method);
        return new SipOutcome.MethodNotAllowed();
    }

    private static void send(RequestEvent event, ServerTransaction transaction, Request request, Response response) {
        try {
            if (transaction != null) {
                transaction.sendResponse(response);
            } else {
                ((SipProvider) event.getSource()).sendResponse(response);
            }
            LOG.debugf("Answered %s with %d %s", request.getMethod(), response.getStatusCode(), response.getReasonPhrase());
        } catch (SipException | InvalidArgumentException | RuntimeException e) {
            SipLog.LOG.responseNotSent(response.getStatusCode(), request.getMethod(), e);
        }
    }

    @Override
    public void processResponse(ResponseEvent event) {
        LOG.debugf("Response %d ignored: the endpoint sends no requests yet", event.getResponse().getStatusCode());
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        LOG.debugf("Transaction timed out");
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        // also the wake-up event of StackShutdown, after the stack stopped
        LOG.debugf("I/O problem with %s:%d over %s", event.getHost(), event.getPort(), event.getTransport());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        // nothing is kept per transaction
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        // the endpoint makes no dialogs
    }
}
