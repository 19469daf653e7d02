package org.switchboard.sip;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.jboss.logging.Logger;
import org.switchboard.runtime.LogContext;

/**
 * The one final response to one request, sent at most once whatever happens: through the server transaction
 * when there is one, else statelessly; none for {@link SipOutcome.Unanswered} to a request without a server
 * transaction (with one, the transaction gets a 500 rather than hanging). An outcome that does not come within
 * {@link SipDispatcher#OUTCOME_DEADLINE_SECONDS} is
 * answered 500, so that no request is left unanswered by a stuck handler. After sending, the request's
 * {@link InboundRequest#afterAnswer(Runnable) after-answer tasks} run.
 */
final class FinalAnswer {

    private static final Logger LOG = Logger.getLogger(FinalAnswer.class);

    private final SipProvider provider;
    private final ServerTransaction transaction;
    private final InboundRequest inbound;
    private final SipResponses responses;
    private final String callId;
    private final AtomicBoolean sent = new AtomicBoolean();

    FinalAnswer(SipProvider provider, ServerTransaction transaction, InboundRequest inbound, SipResponses responses,
            String callId) {
        this.provider = provider;
        this.transaction = transaction;
        this.inbound = inbound;
        this.responses = responses;
        this.callId = callId;
    }

    /** Sends the outcome of {@code handler} when it comes, or 500 when the handler fails or takes too long. */
    @SuppressWarnings("try") // the log context is only opened and closed
    void follow(SipRequestHandler handler) {
        String method = inbound.request().getMethod();
        CompletionStage<SipOutcome> outcome;
        try {
            outcome = handler.handle(inbound);
            if (outcome == null) {
                throw new IllegalStateException("the " + method + " handler returned no outcome");
            }
        } catch (RuntimeException e) {
            SipLog.LOG.handlingFailed(method, e);
            send(serverError(method));
            return;
        }
        // a copy: the deadline must not complete the handler's own future, which others may depend on
        outcome.toCompletableFuture().thenApply(Optional::ofNullable)
                .completeOnTimeout(null, SipDispatcher.OUTCOME_DEADLINE_SECONDS, TimeUnit.SECONDS)
                .whenComplete((result, failure) -> {
                    try (LogContext ignored = LogContext.with(LogContext.SIP, callId)) {
                        if (failure != null) {
                            SipLog.LOG.handlingFailed(method, failure);
                            send(serverError(method));
                        } else if (result == null) {
                            SipLog.LOG.handlingTimedOut(method, SipDispatcher.OUTCOME_DEADLINE_SECONDS);
                            send(serverError(method));
                        } else if (result.isEmpty()) {
                            SipLog.LOG.handlingFailed(method, new IllegalStateException("the " + method
                                    + " handler's outcome was null"));
                            send(serverError(method));
                        } else {
                            send(result.get());
                        }
                    }
                });
    }

    private static SipOutcome serverError(String method) {
        return new SipOutcome.ServerError("Server error handling " + method);
    }

    /** Sends the response for this outcome unless one was sent already. */
    void send(SipOutcome outcome) {
        if (!sent.compareAndSet(false, true)) {
            return;
        }
        Request request = inbound.request();
        try {
            if (outcome instanceof SipOutcome.Unanswered silent && transaction == null) {
                LOG.debugf("%s left unanswered: %s", request.getMethod(), silent.reason());
                return;
            }
            Response response;
            try {
                response = responses.answer(request, outcome);
            } catch (RuntimeException e) {
                SipLog.LOG.handlingFailed(request.getMethod(), e);
                response = responses.answer(request, serverError(request.getMethod()));
            }
            transmit(request, response);
        } finally {
            runAfterAnswer();
        }
    }

    private void transmit(Request request, Response response) {
        try {
            if (transaction != null) {
                transaction.sendResponse(response);
            } else {
                provider.sendResponse(response);
            }
            LOG.debugf("Answered %s with %d %s", request.getMethod(), response.getStatusCode(), response.getReasonPhrase());
        } catch (SipException | InvalidArgumentException | RuntimeException e) {
            SipLog.LOG.responseNotSent(response.getStatusCode(), request.getMethod(), e);
        }
    }

    private void runAfterAnswer() {
        for (Runnable task : inbound.takeAfterAnswer()) {
            try {
                task.run();
            } catch (RuntimeException e) {
                SipLog.LOG.handlingFailed(inbound.request().getMethod(), e);
            }
        }
    }
}
