package org.switchboard.testkit.sip;

import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TooManyListenersException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.ObjectInUseException;
import javax.sip.PeerUnavailableException;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.TransportNotSupportedException;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

import org.switchboard.sip.stack.QuietStackLogBridge;
import org.switchboard.sip.stack.StackProperties;
import org.switchboard.sip.stack.StackShutdown;
import org.switchboard.testkit.Await;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.Utils;
import gov.nist.javax.sip.message.MessageFactoryImpl;

/**
 * A SIP user agent for tests, on 127.0.0.1 with one port for UDP and TCP. It sends requests and returns the
 * final response, sends raw bytes for malformed-message tests, and answers every request it receives with
 * 200 while keeping it in an inbox that tests read with {@link #awaitRequest(String, Duration)}. Once told whom it
 * is ({@link #answerChallengesAs}), it answers a 401 to its requests once with SIP digest, as a phone does.
 *
 * <p>Closing it stops its JAIN-SIP stack, which takes about a second: the stack sleeps on stop.
 */
public final class SipTestAgent implements AutoCloseable {

    /** How long a request waits for its final response unless told otherwise. */
    public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(5);

    private static final AtomicLong AGENTS = new AtomicLong();
    private static final int BIND_ATTEMPTS = 5;

    private final SipStackImpl stack;
    private final SipProvider provider;
    private final SipTarget target;
    private final AgentListener listener;
    private final AgentRequests requests;
    private volatile AgentCredentials credentials;

    private SipTestAgent(SipStackImpl stack, SipProvider provider, int port, AgentListener listener) {
        this.stack = stack;
        this.provider = provider;
        this.target = SipTarget.local(port);
        this.listener = listener;
        this.requests = new AgentRequests(target, provider);
    }

    /** Starts an agent on a free port of 127.0.0.1, listening on UDP and TCP. */
    public static SipTestAgent start() {
        IllegalStateException failure = null;
        for (int attempt = 0; attempt < BIND_ATTEMPTS; attempt++) {
            try {
                return startOn(FreePort.forUdpAndTcp());
            } catch (IllegalStateException e) {
                failure = e;
            }
        }
        throw failure;
    }

    private static SipTestAgent startOn(int port) {
        SipStackImpl stack = newStack();
        try {
            ListeningPoint udp = stack.createListeningPoint("127.0.0.1", port, ListeningPoint.UDP);
            ListeningPoint tcp = stack.createListeningPoint("127.0.0.1", port, ListeningPoint.TCP);
            SipProvider provider = stack.createSipProvider(udp);
            provider.addListeningPoint(tcp);
            AgentListener listener = new AgentListener(new MessageFactoryImpl());
            provider.addSipListener(listener);
            stack.start();
            return new SipTestAgent(stack, provider, port, listener);
        } catch (InvalidArgumentException | TransportNotSupportedException | ObjectInUseException e) {
            StackShutdown.stop(stack);
            throw new IllegalStateException("test agent cannot listen on 127.0.0.1:" + port, e);
        } catch (SipException | TooManyListenersException | RuntimeException e) {
            StackShutdown.stop(stack);
            throw new IllegalStateException("test agent cannot start on 127.0.0.1:" + port, e);
        }
    }

    private static SipStackImpl newStack() {
        String name = "switchboard-test-agent-" + AGENTS.incrementAndGet();
        try {
            // the server's stack properties without its request screen; the stack's problems logged quietly
            return new SipStackImpl(StackProperties.named(name, QuietStackLogBridge.class));
        } catch (PeerUnavailableException e) {
            throw new IllegalStateException("cannot create the test agent's SIP stack", e);
        }
    }

    /** Where this agent listens, for requests sent to it. */
    public SipTarget target() {
        return target;
    }

    /**
     * From now on a request answered 401 is sent again once, the next CSeq of its Call-ID, with the Authorization
     * answering the first challenge, as {@code login} with {@code password}; null for none (a 401 is then returned).
     */
    public void answerChallengesAs(String login, String password) {
        credentials = login == null ? null : new AgentCredentials(login, password);
    }

    /** Sends OPTIONS and returns the final response. */
    public SipReply options(SipTarget to, SipTransport transport) {
        return request(Request.OPTIONS, to, transport, null, null);
    }

    /** Sends a request without a body and returns the final response. */
    public SipReply request(String method, SipTarget to, SipTransport transport) {
        return request(method, to, transport, null, null);
    }

    /**
     * Sends a request and returns the final response, waiting {@link #RESPONSE_TIMEOUT} at most.
     *
     * @param contentType for example {@code application/vnd.switchboard.command.v1+json}; null for no body
     */
    public SipReply request(String method, SipTarget to, SipTransport transport, String contentType, String body) {
        Request request = requests.build(method, to, transport, contentType, body);
        return exchange(request, to, transport, requests::nextCseq).reply();
    }

    /**
     * Sends a request to {@code user} at the target (Request-URI and To), with extra header fields, and returns
     * the final response.
     *
     * @param headers added as they are, for example {@code Event: presence}
     */
    public SipReply request(String method, String user, SipTarget to, SipTransport transport, Map<String, String> headers,
            String contentType, String body) {
        Request request = requests.build(method, user, to, transport, contentType, body);
        requests.add(request, headers);
        return exchange(request, to, transport, requests::nextCseq).reply();
    }

    /**
     * As {@link #request(String, String, SipTarget, SipTransport, Map, String, String)}, for a request that starts a
     * dialog when answered 2xx (a SUBSCRIBE): the dialog is then built from the answer's To tag and Contact.
     */
    public DialogReply startDialog(String method, String user, SipTarget to, SipTransport transport,
            Map<String, String> headers, String contentType, String body) {
        Request first = requests.build(method, user, to, transport, contentType, body);
        requests.add(first, headers);
        AgentCredentials.Exchange exchange = exchange(first, to, transport, requests::nextCseq);
        Request request = exchange.sent();
        SipReply reply = exchange.reply();
        if (reply.status() < 200 || reply.status() >= 300) {
            return new DialogReply(reply, Optional.empty());
        }
        FromHeader from = (FromHeader) request.getHeader(FromHeader.NAME);
        ToHeader sentTo = (ToHeader) request.getHeader(ToHeader.NAME);
        String remoteTag = reply.header("To").map(SipTestAgent::tagOf).orElse(null);
        String contact = reply.header("Contact").map(SipTestAgent::uriOf).orElse(null);
        return new DialogReply(reply, Optional.of(new AgentDialog(((CallIdHeader) request.getHeader(CallIdHeader.NAME))
                .getCallId(), from.getAddress().toString(), from.getTag(), sentTo.getAddress().toString(), remoteTag,
                contact, ((CSeqHeader) request.getHeader(CSeqHeader.NAME)).getSeqNumber())));
    }

    /** Sends the next request of a dialog the agent started, with extra header fields, and returns the final response. */
    public SipReply inDialog(AgentDialog dialog, String method, SipTarget to, SipTransport transport,
            Map<String, String> headers, String contentType, String body) {
        Request request = requests.inDialog(dialog, method, to, transport, contentType, body);
        requests.add(request, headers);
        return exchange(request, to, transport, dialog::nextCseq).reply();
    }

    /** Sends the request; when answered 401 and the agent has credentials, sends it again once with them. */
    private AgentCredentials.Exchange exchange(Request request, SipTarget to, SipTransport transport,
            LongSupplier nextCseq) {
        SipReply reply = send(request, to, transport);
        AgentCredentials as = credentials;
        if (reply.status() != 401 || as == null) {
            return new AgentCredentials.Exchange(request, reply);
        }
        Request again = as.answering(request, reply, nextCseq.getAsLong());
        return new AgentCredentials.Exchange(again, send(again, to, transport));
    }

    /**
     * How the agent answers the requests of this method from now on: with {@code status}, or not at all when it
     * is 0 (they are still kept in the inbox). Every other method is answered 200.
     */
    public void answer(String method, int status) {
        listener.answer(method, status);
    }

    private static String tagOf(String nameAddr) {
        int tag = nameAddr.indexOf(";tag=");
        if (tag < 0) {
            return null;
        }
        String rest = nameAddr.substring(tag + 5);
        int end = rest.indexOf(';');
        return (end < 0 ? rest : rest.substring(0, end)).trim();
    }

    private static String uriOf(String nameAddr) {
        int open = nameAddr.indexOf('<');
        int close = nameAddr.indexOf('>');
        return open >= 0 && close > open ? nameAddr.substring(open + 1, close) : nameAddr.trim();
    }

    /**
     * Sends the request and waits for its final response. A SUBSCRIBE goes without a client transaction: with one,
     * JAIN-SIP matches the first NOTIFY to the transaction until it ends, and over UDP (a thread per datagram) a
     * NOTIFY handled while the 200 is holds the transaction, so that one of the two is dropped and a test passes or
     * fails by the order of two datagrams. Without one the NOTIFY is a request like any other, and the 200 comes to
     * the listener by its Call-ID and CSeq.
     */
    private SipReply send(Request request, SipTarget to, SipTransport transport) {
        String method = request.getMethod();
        try {
            CompletableFuture<SipReply> reply;
            if (Request.SUBSCRIBE.equals(method)) {
                ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
                if (via.getBranch() == null) {
                    via.setBranch(Utils.getInstance().generateBranchId());
                }
                reply = listener.expectStatelessReply(request);
                provider.sendRequest(request);
            } else {
                ClientTransaction transaction = provider.getNewClientTransaction(request);
                reply = listener.expectReply(transaction);
                transaction.sendRequest();
            }
            return reply.get(RESPONSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("No final response to " + method + " within " + RESPONSE_TIMEOUT.toMillis()
                    + " ms from " + transport.id() + " " + to);
        } catch (ExecutionException e) {
            throw new AssertionError(method + " to " + transport.id() + " " + to + " failed: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the response to " + method, e);
        } catch (SipException | ParseException e) {
            throw new AssertionError("cannot send " + method + " to " + transport.id() + " " + to, e);
        }
    }

    /**
     * Sends these exact bytes over a new plain socket and returns the first response, or fails with an
     * {@link AssertionError} when none comes within {@link #RESPONSE_TIMEOUT}. Lines must end with CRLF.
     */
    public SipReply sendRaw(String rawMessage, SipTarget to, SipTransport transport) {
        return sendRaw(rawMessage, to, transport, RESPONSE_TIMEOUT);
    }

    /** As {@link #sendRaw(String, SipTarget, SipTransport)}, with its own deadline. */
    public SipReply sendRaw(String rawMessage, SipTarget to, SipTransport transport, Duration timeout) {
        return RawSipExchange.send(rawMessage, to, transport, timeout, 1).get(0);
    }

    /**
     * Sends these exact bytes (for example two requests back to back on one TCP connection) and returns the
     * first {@code count} responses in the order they came, or fails when fewer come within
     * {@link #RESPONSE_TIMEOUT}.
     */
    public List<SipReply> sendRaw(String rawMessages, SipTarget to, SipTransport transport, int count) {
        return RawSipExchange.send(rawMessages, to, transport, RESPONSE_TIMEOUT, count);
    }

    /** Waits for a request with this method from the server, removes it from the inbox and returns it. */
    public ReceivedRequest awaitRequest(String method, Duration timeout) {
        return Await.value("a " + method + " request at the test agent " + target,
                () -> listener.takeFirst(method), timeout);
    }

    /**
     * Waits for a request with this method from the server that matches, removes it from the inbox and returns it;
     * the requests before it stay.
     */
    public ReceivedRequest awaitRequest(String method, Predicate<ReceivedRequest> matching, String described,
            Duration timeout) {
        return Await.value("a " + method + " request " + described + " at the test agent " + target,
                () -> listener.takeFirst(method, matching), timeout);
    }

    /**
     * The oldest request with this method from the server not yet taken, removed from the inbox; empty when there
     * is none (never waits: for a watcher that drains what came).
     */
    public Optional<ReceivedRequest> take(String method) {
        return listener.takeFirst(method);
    }

    /** The requests received and not yet taken, oldest first. */
    public List<ReceivedRequest> inbox() {
        return listener.inbox();
    }

    /** Stops the agent's stack: its ports are free and its threads end. */
    @Override
    public void close() {
        StackShutdown.stop(stack);
    }
}
