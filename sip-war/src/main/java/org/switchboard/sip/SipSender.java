package org.switchboard.sip;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.ListeningPointImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.stack.MessageProcessor;

/**
 * Sends requests from the server to a peer: the console's MESSAGE updates ({@link #message}), and the requests of
 * dialogs the server holds, the NOTIFYs of presence subscriptions ({@link #send}). A request for a peer that reached
 * us over a stream goes back over that peer's own connection: the stack's message channel to the peer's address
 * and port (where its connection comes from), which finds that connection in the stack's cache of incoming
 * connections (JAIN-SIP keeps them, {@code gov.nist.javax.sip.CACHE_SERVER_CONNECTIONS} is true by default).
 * When that connection has closed, the channel would have to connect to the client's ephemeral port, which
 * fails: a closed link is never replaced by a new connection the client did not open: a request for a stream
 * peer whose connection is no longer open fails at once, without trying to connect. A WebSocket peer
 * ({@code Peer("WS", …)}) is reached the same way: the WS processor's channel is the peer's own open WebSocket.
 *
 * <p>The requests are sent without a client transaction: each {@link Recipient} has its own Call-ID and sends
 * one request at a time over a stream (nothing to retransmit), so the final response is told by its Call-ID and
 * CSeq ({@link #answerTo(Response)}), and the caller's own timeout stands for the transaction's (the console's
 * answer timeout, 10 s, came before the transaction's 32 s anyway). What is the same for every request to a
 * recipient (request URI, From with its tag, To, Call-ID, Via, Max-Forwards, Content-Type, the extra headers,
 * the peer's resolved address) is built once, at its first request; a request is then those headers, a CSeq, a
 * Via branch (a per-sender random prefix and a counter) and the body, written on the channel the stack has for
 * the peer at that moment.
 *
 * <p>The provider is attached when the endpoint starts ({@link #attach}); before that, and after it stopped,
 * sending fails.
 */
public final class SipSender {

    /** Tells whether a stream peer's connection (TCP, or its WebSocket), at this resolved address, is open. */
    @FunctionalInterface
    public interface OpenConnections {
        boolean isOpen(Peer peer, InetAddress address);
    }

    private final Map<String, Recipient> waiting = new ConcurrentHashMap<>();
    private final Map<String, SentRequest> inDialog = new ConcurrentHashMap<>();
    private final String branchPrefix = RequestTemplate.MAGIC_COOKIE
            + randomHex(6) + ".";
    private final AtomicLong branches = new AtomicLong();
    private volatile SipProvider provider;
    private volatile OpenConnections connections = (peer, address) -> true;

    /** Random bytes in hex; {@code nextBytes} never waits for entropy, unlike {@code generateSeed}. */
    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    void attach(SipProvider started, OpenConnections open) {
        connections = open;
        provider = started;
    }

    void detach() {
        provider = null;
    }

    /** A new Call-ID for a series of requests to one peer. */
    public String newCallId() {
        SipProvider current = provider;
        if (current == null) {
            throw new IllegalStateException("the SIP endpoint is not started");
        }
        return current.getNewCallId().getCallId();
    }

    /**
     * Where a series of MESSAGEs goes, one at a time: nothing is built or resolved until the first is sent.
     *
     * @param toUser the user part of the request URI and To, for example the receptionist's login
     * @param callId the series' own Call-ID ({@link #newCallId()}), which tells its responses apart
     * @param extraHeaders added as they are, for example the console session header
     */
    public Recipient recipient(Peer peer, String toUser, String callId, String contentType,
            Map<String, String> extraHeaders) {
        return new Recipient(peer, toUser, callId, contentType, Map.copyOf(extraHeaders));
    }

    /**
     * Sends a MESSAGE to the recipient over its peer's own connection; {@code listener} hears the final response
     * or the failure to send, once. Never throws: a request that cannot be sent is reported as failed. A request
     * left unanswered is the caller's to give up on ({@link Recipient#abandon()}).
     */
    public void message(Recipient to, long cseq, byte[] body, SentRequest listener) {
        try {
            SipProvider current = provider;
            if (current == null) {
                listener.failed("the SIP endpoint is not started");
                return;
            }
            RequestTemplate template = to.template(current);
            if (to.peer.onStream() && !connections.isOpen(to.peer, template.address())) {
                listener.failed("the connection is closed");
                return;
            }
            Request request = template.request(cseq, branchPrefix + branches.incrementAndGet(), body);
            to.awaiting(cseq, listener);
            try {
                template.send(request);
            } catch (IOException | RuntimeException e) {
                to.abandon();
                listener.failed("cannot send: " + e.getMessage());
            }
        } catch (ParseException | InvalidArgumentException | UnknownHostException | RuntimeException e) {
            listener.failed("cannot send: " + e.getMessage());
        }
    }

    /**
     * The URI of this server on the peer's transport, for the Contact of a dialog the server holds, for example
     * {@code sip:201@127.0.0.1:5060;transport=tcp}.
     *
     * @throws IllegalStateException when the endpoint is not started
     */
    public String contact(Peer peer, String user) {
        SipProvider current = provider;
        if (current == null) {
            throw new IllegalStateException("the SIP endpoint is not started");
        }
        String transport = peer.transport().toLowerCase(Locale.ROOT);
        ListeningPoint local = current.getListeningPoint(transport);
        if (local == null) {
            throw new IllegalStateException("no " + transport + " listening point");
        }
        return "sip:" + user + "@" + local.getIPAddress() + ":" + local.getPort() + ";transport=" + transport;
    }

    /**
     * Sends a request of a dialog the server holds (a NOTIFY of a presence subscription), built by the caller but
     * for its Via, which is added here with a new branch. It goes over the peer's own connection, or to the peer's
     * address over UDP; when a TCP peer's connection has closed, to {@code fallback} (the dialog's remote target),
     * to which the stack connects. {@code listener} hears the final response (told by Call-ID, CSeq and method) or
     * the failure to send, once. Never throws.
     *
     * @param fallback where a TCP request goes when the peer's connection is closed; null for none
     * @return what resends the same request over UDP, as a client transaction's retransmission would, and forgets
     *         it once its caller gives up
     */
    public InDialogRequest send(Peer peer, Peer fallback, Request request, SentRequest listener) {
        String key = key(request);
        InDialogRequest sent = new InDialogRequest(key);
        try {
            SipProvider current = provider;
            if (current == null) {
                listener.failed("the SIP endpoint is not started");
                return sent;
            }
            Peer to = peer;
            InetAddress address = InetAddress.getByName(to.address());
            if (to.onStream() && !connections.isOpen(to, address)) {
                if (fallback == null || !to.transport().equals("TCP") || !fallback.transport().equals("TCP")) {
                    listener.failed("the connection is closed");
                    return sent;
                }
                to = fallback;
                address = InetAddress.getByName(to.address());
            }
            String transport = to.transport().toLowerCase(Locale.ROOT);
            ListeningPoint local = current.getListeningPoint(transport);
            if (local == null) {
                listener.failed("no " + transport + " listening point");
                return sent;
            }
            ViaHeader via = new HeaderFactoryImpl().createViaHeader(
                    local.getIPAddress(), local.getPort(), transport, branchPrefix + branches.incrementAndGet());
            request.removeHeader(ViaHeader.NAME);
            request.addFirst(via);
            MessageProcessor processor =
                    ((ListeningPointImpl) local).getMessageProcessor();
            InetAddress resolved = address;
            int port = to.port();
            sent.writer = () -> processor.createMessageChannel(resolved, port)
                    .sendMessage((SIPMessage) request);
            inDialog.put(key, listener);
            try {
                sent.writer.write();
            } catch (IOException | RuntimeException e) {
                inDialog.remove(key, listener);
                listener.failed("cannot send: " + e.getMessage());
            }
        } catch (ParseException | InvalidArgumentException | UnknownHostException | SipException
                | RuntimeException e) {
            inDialog.remove(key, listener);
            listener.failed("cannot send: " + e.getMessage());
        }
        return sent;
    }

    private static String key(Message message) {
        CallIdHeader callId = (CallIdHeader) message.getHeader(CallIdHeader.NAME);
        CSeqHeader cseq = (CSeqHeader) message.getHeader(CSeqHeader.NAME);
        return (callId == null ? "" : callId.getCallId()) + " " + (cseq == null ? "" : cseq.getSeqNumber() + " "
                + cseq.getMethod());
    }

    /** A request sent in a dialog, waiting for its final response. */
    public final class InDialogRequest {

        private final String key;
        private volatile Writer writer;

        private InDialogRequest(String key) {
            this.key = key;
        }

        /** Writes the same request again (over UDP, while no final response came); false once nothing waits. */
        public boolean resend() {
            Writer current = writer;
            if (current == null || !inDialog.containsKey(key)) {
                return false;
            }
            try {
                current.write();
                return true;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        /** Forgets the request: a late answer is then ignored. */
        public void abandon() {
            inDialog.remove(key);
        }
    }

    @FunctionalInterface
    private interface Writer {
        void write() throws IOException;
    }

    /**
     * The request of ours that this final response answers, taken so that it is answered once; null when none
     * waits for it (a late or stray response).
     */
    SentRequest answerTo(Response response) {
        CallIdHeader callId = (CallIdHeader) response.getHeader(CallIdHeader.NAME);
        CSeqHeader cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
        if (cseq != null && !Request.MESSAGE.equals(cseq.getMethod())) {
            return inDialog.remove(key(response));
        }
        Recipient recipient = callId == null ? null : waiting.get(callId.getCallId());
        return recipient == null || cseq == null ? null : recipient.take(cseq.getSeqNumber());
    }

    /** One series of MESSAGEs to one peer, under one Call-ID; at most one of its requests waits for an answer. */
    public final class Recipient {

        private final Peer peer;
        private final String toUser;
        private final String callId;
        private final String contentType;
        private final Map<String, String> extraHeaders;
        private RequestTemplate template;
        private long waitingCseq;
        private SentRequest waitingListener;

        private Recipient(Peer peer, String toUser, String callId, String contentType, Map<String, String> extraHeaders) {
            this.peer = peer;
            this.toUser = toUser;
            this.callId = callId;
            this.contentType = contentType;
            this.extraHeaders = extraHeaders;
        }

        /** Forgets the request waiting for its answer, if any: a late answer is then ignored. */
        public synchronized void abandon() {
            waitingListener = null;
            waiting.remove(callId, this);
        }

        private synchronized RequestTemplate template(SipProvider current)
                throws ParseException, InvalidArgumentException, UnknownHostException {
            if (template == null || !template.of(current)) {
                template = RequestTemplate.of(current, peer, toUser, callId, contentType, extraHeaders);
            }
            return template;
        }

        private synchronized void awaiting(long cseq, SentRequest listener) {
            waitingCseq = cseq;
            waitingListener = listener;
            waiting.put(callId, this);
        }

        private synchronized SentRequest take(long cseq) {
            SentRequest listener = waitingListener;
            if (listener == null || waitingCseq != cseq) {
                return null;
            }
            waitingListener = null;
            waiting.remove(callId, this);
            return listener;
        }
    }
}
