package org.switchboard.testkit.sip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.Header;
import javax.sip.header.ToHeader;
import javax.sip.message.Message;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.jboss.logging.Logger;

/**
 * The test agent's side of JAIN-SIP: completes the reply of each client transaction, and answers every
 * incoming request except ACK with 200 (or the status set for its method, or not at all) after putting it in the
 * inbox.
 */
final class AgentListener implements SipListener {

    private static final Logger LOG = Logger.getLogger(AgentListener.class);

    private final MessageFactory messages;
    private final Map<ClientTransaction, CompletableFuture<SipReply>> pending = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<SipReply>> statelessPending = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<ReceivedRequest> inbox = new ConcurrentLinkedQueue<>();
    private final Map<String, Integer> answers = new ConcurrentHashMap<>();

    AgentListener(MessageFactory messages) {
        this.messages = messages;
    }

    CompletableFuture<SipReply> expectReply(ClientTransaction transaction) {
        CompletableFuture<SipReply> reply = new CompletableFuture<>();
        pending.put(transaction, reply);
        reply.whenComplete((r, e) -> pending.remove(transaction));
        return reply;
    }

    /** The final response to a request sent without a transaction, known by its Call-ID and CSeq. */
    CompletableFuture<SipReply> expectStatelessReply(Request request) {
        String key = keyOf(request);
        CompletableFuture<SipReply> reply = new CompletableFuture<>();
        statelessPending.put(key, reply);
        reply.whenComplete((r, e) -> statelessPending.remove(key));
        return reply;
    }

    private static String keyOf(Message message) {
        return ((CallIdHeader) message.getHeader(CallIdHeader.NAME)).getCallId() + " "
                + ((CSeqHeader) message.getHeader(CSeqHeader.NAME)).getSeqNumber() + " "
                + ((CSeqHeader) message.getHeader(CSeqHeader.NAME)).getMethod();
    }

    /** Answers requests of this method with {@code status}, or not at all when it is 0. */
    void answer(String method, int status) {
        answers.put(method.toUpperCase(Locale.ROOT), status);
    }

    Optional<ReceivedRequest> takeFirst(String method) {
        return takeFirst(method, request -> true);
    }

    Optional<ReceivedRequest> takeFirst(String method, Predicate<ReceivedRequest> matching) {
        for (Iterator<ReceivedRequest> it = inbox.iterator(); it.hasNext();) {
            ReceivedRequest request = it.next();
            if (request.method().equalsIgnoreCase(method) && matching.test(request) && inbox.remove(request)) {
                return Optional.of(request);
            }
        }
        return Optional.empty();
    }

    List<ReceivedRequest> inbox() {
        return List.copyOf(inbox);
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        inbox.add(new ReceivedRequest(request.getMethod(), request.getRequestURI().toString(), headersOf(request),
                bodyOf(request)));
        if (Request.ACK.equals(request.getMethod())) {
            return;
        }
        int status = answers.getOrDefault(request.getMethod(), Response.OK);
        if (status == 0) {
            return;
        }
        try {
            ServerTransaction transaction = event.getServerTransaction() != null ? event.getServerTransaction()
                    : ((SipProvider) event.getSource()).getNewServerTransaction(request);
            Response ok = messages.createResponse(status, request);
            ToHeader to = (ToHeader) ok.getHeader(ToHeader.NAME);
            if (to.getTag() == null) {
                to.setTag("agent");
            }
            transaction.sendResponse(ok);
        } catch (Exception e) {
            LOG.warnf(e, "test agent could not answer %s", request.getMethod());
        }
    }

    @Override
    public void processResponse(ResponseEvent event) {
        Response response = event.getResponse();
        ClientTransaction transaction = event.getClientTransaction();
        if (response.getStatusCode() < 200) {
            return;
        }
        CompletableFuture<SipReply> reply = transaction == null ? statelessPending.get(keyOf(response))
                : pending.get(transaction);
        if (reply != null) {
            reply.complete(new SipReply(response.getStatusCode(),
                    response.getReasonPhrase() == null ? "" : response.getReasonPhrase(), headersOf(response),
                    bodyOf(response)));
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        if (event.isServerTransaction()) {
            return;
        }
        CompletableFuture<SipReply> reply = pending.get(event.getClientTransaction());
        if (reply != null) {
            reply.completeExceptionally(new IllegalStateException("the SIP transaction timed out"));
        }
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        LOG.debugf("test agent I/O problem with %s:%d/%s", event.getHost(), event.getPort(), event.getTransport());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        // nothing to clean up: replies are removed when completed
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        // the agent makes no dialogs
    }

    @SuppressWarnings("unchecked") // JAIN-SIP 1.2 returns raw iterators of header names and headers
    static SipHeaders headersOf(Message message) {
        List<SipHeader> all = new ArrayList<>();
        for (ListIterator<String> names = message.getHeaderNames(); names.hasNext();) {
            String name = names.next();
            for (ListIterator<Header> values = message.getHeaders(name); values.hasNext();) {
                String field = values.next().toString().trim();
                int colon = field.indexOf(':');
                all.add(SipHeaders.header(name, colon < 0 ? field : field.substring(colon + 1)));
            }
        }
        return new SipHeaders(all);
    }

    private static String bodyOf(Message message) {
        byte[] raw = message.getRawContent();
        return raw == null ? "" : new String(raw, StandardCharsets.UTF_8);
    }
}
