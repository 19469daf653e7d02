package org.switchboard.sip.console;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import javax.sip.header.Header;
import javax.sip.message.Request;

import org.switchboard.console.CommandVerdict;
import org.switchboard.console.ConsoleDesk;
import org.switchboard.console.LogInResult;
import org.switchboard.protocol.ConsoleCodec;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.ConsoleCommand.LogIn;
import org.switchboard.protocol.ConsoleMediaTypes;
import org.switchboard.protocol.Decoded;
import org.switchboard.runtime.LogContext;
import org.switchboard.sip.InboundRequest;
import org.switchboard.sip.Peer;
import org.switchboard.sip.SipOutcome;
import org.switchboard.sip.SipRequestHandler;
import org.switchboard.sip.digest.DigestAuthenticator;

import gov.nist.javax.sip.header.SIPHeader;

/**
 * Console commands in MESSAGE requests with the command body type. A LOG_IN must come over a stream
 * transport and pass SIP digest ({@link DigestAuthenticator}); the desk then opens the session on a new
 * {@link SipClientLink} to the client's connection, and the 200 names the session in its
 * {@code Switchboard-Session} header. Every later command names its session in that header and must come
 * over the session's own connection; the desk's verdict is the answer.
 *
 * <p>Requests of one session are handled on one lane, in order; a request that names no session (a log in)
 * on the lane of its connection. One mapping to outcomes: body {@code MALFORMED} or {@code UNKNOWN_COMMAND}
 * 400, {@code UNSUPPORTED_TYPE} 415; verdict Accepted 200, UnknownSession 481, NotAllowed 403, Invalid 400.
 */
public final class ConsoleCommandHandler implements SipRequestHandler {

    static final String STREAM_NEEDED = "console sessions need a stream transport (TCP or WebSocket)";

    private final ConsoleCodec codec;
    private final ConsoleDesk desk;
    private final DigestAuthenticator authenticator;
    private final ConsoleLinks links;

    ConsoleCommandHandler(ConsoleCodec codec, ConsoleDesk desk, DigestAuthenticator authenticator, ConsoleLinks links) {
        this.codec = codec;
        this.desk = desk;
        this.authenticator = authenticator;
        this.links = links;
    }

    @Override
    public String method() {
        return Request.MESSAGE;
    }

    @Override
    public List<String> contentTypes() {
        return List.of(ConsoleMediaTypes.COMMAND);
    }

    @Override
    public Object laneOf(InboundRequest request) {
        Optional<String> session = sessionOf(request.request());
        return session.isPresent() ? "session " + session.get() : request.peer();
    }

    @Override
    @SuppressWarnings("try") // the log context is only opened and closed
    public CompletionStage<SipOutcome> handle(InboundRequest inbound) {
        Decoded<ConsoleCommand> decoded = decode(inbound.request());
        if (decoded instanceof Decoded.Invalid<ConsoleCommand> invalid) {
            return SipOutcome.now(switch (invalid.problem()) {
                case UNSUPPORTED_TYPE -> new SipOutcome.UnsupportedMediaType(contentTypes());
                case MALFORMED, UNKNOWN_COMMAND -> new SipOutcome.BadRequest(invalid.reason());
            });
        }
        ConsoleCommand command = ((Decoded.Ok<ConsoleCommand>) decoded).value();
        if (command instanceof LogIn logIn) {
            return SipOutcome.now(logIn(inbound, logIn));
        }
        Optional<String> session = sessionOf(inbound.request());
        if (session.isEmpty()) {
            return SipOutcome.now(new SipOutcome.DoesNotExist("no console session named: log in first"));
        }
        try (LogContext ignored = LogContext.with(LogContext.SESSION, session.get())) {
            Optional<SipClientLink> link = links.ofSession(session.get());
            if (link.isEmpty()) {
                return SipOutcome.now(new SipOutcome.DoesNotExist("unknown or ended console session"));
            }
            if (!link.get().peer().equals(inbound.peer())) {
                return SipOutcome.now(new SipOutcome.DoesNotExist("the console session is on another connection: log in again"));
            }
            return desk.submit(session.get(), command).thenApply(ConsoleCommandHandler::outcomeOf);
        }
    }

    /** The one place a command body is decoded. */
    private Decoded<ConsoleCommand> decode(Request request) {
        Header type = request.getHeader("Content-Type");
        String contentType = type instanceof SIPHeader header ? header.getHeaderValue() : null;
        byte[] body = request.getRawContent();
        return codec.decodeCommand(contentType, body == null ? new byte[0] : body);
    }

    @SuppressWarnings("try") // the log context is only opened and closed
    private SipOutcome logIn(InboundRequest inbound, LogIn command) {
        Peer peer = inbound.peer();
        if (!peer.onStream()) {
            ConsoleSipLog.LOG.logInOverDatagram(peer.describe());
            return new SipOutcome.Forbidden(STREAM_NEEDED);
        }
        DigestAuthenticator.Verdict verdict = authenticator.authenticate(inbound.request(), peer.address());
        if (verdict instanceof DigestAuthenticator.Verdict.Challenged challenged) {
            return new SipOutcome.Challenge(challenged.challenges());
        }
        if (verdict instanceof DigestAuthenticator.Verdict.Refused refused) {
            return new SipOutcome.Forbidden(refused.reason());
        }
        String login = ((DigestAuthenticator.Verdict.Authenticated) verdict).login();
        try (LogContext ignored = LogContext.with(LogContext.USER, login)) {
            return open(inbound, login, command);
        }
    }

    @SuppressWarnings("try") // the log context is only opened and closed
    private SipOutcome open(InboundRequest inbound, String login, LogIn command) {
        Peer peer = inbound.peer();
        SipClientLink link = links.newLink(peer, login);
        LogInResult result;
        try {
            result = desk.logIn(login, link, command);
        } catch (RuntimeException e) {
            link.discard();
            links.remove(link);
            throw e;
        }
        if (result instanceof LogInResult.LoggedIn loggedIn) {
            links.bind(loggedIn.sessionId(), link);
            inbound.afterAnswer(() -> link.open(loggedIn.sessionId()));
            try (LogContext ignored = LogContext.with(LogContext.SESSION, loggedIn.sessionId())) {
                ConsoleSipLog.LOG.sessionOpened(login, peer.describe());
            }
            return new SipOutcome.ConsoleSessionOpened(loggedIn.sessionId());
        }
        String reason = ((LogInResult.Refused) result).reason();
        link.discard();
        links.remove(link);
        ConsoleSipLog.LOG.logInRefused(login, peer.describe(), reason);
        return new SipOutcome.Forbidden(reason);
    }

    private static SipOutcome outcomeOf(CommandVerdict verdict) {
        if (verdict instanceof CommandVerdict.Accepted) {
            return new SipOutcome.Ok();
        }
        if (verdict instanceof CommandVerdict.UnknownSession unknown) {
            return new SipOutcome.DoesNotExist(unknown.reason());
        }
        if (verdict instanceof CommandVerdict.NotAllowed notAllowed) {
            return new SipOutcome.Forbidden(notAllowed.reason());
        }
        if (verdict instanceof CommandVerdict.Invalid invalid) {
            return new SipOutcome.BadRequest(invalid.reason());
        }
        throw new IllegalArgumentException("no outcome mapped for " + verdict);
    }

    private static Optional<String> sessionOf(Request request) {
        Header header = request.getHeader(SipOutcome.ConsoleSessionOpened.SESSION_HEADER);
        if (!(header instanceof SIPHeader named)) {
            return Optional.empty();
        }
        String value = named.getHeaderValue();
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
