package org.switchboard.sip.console;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.switchboard.console.ConsoleDesk;
import org.switchboard.console.model.DigestAlgorithm;
import org.switchboard.protocol.ConsoleCodec;
import org.switchboard.sip.PeerActivity;
import org.switchboard.sip.SipRequestHandler;
import org.switchboard.sip.SipSender;
import org.switchboard.sip.digest.DigestAuthenticator;
import org.switchboard.sip.digest.DigestCredentialsLookup;
import org.switchboard.sip.digest.DigestFailures;

/**
 * Console sessions over SIP, assembled: the MESSAGE handler for commands, the links back to the clients, the
 * digest check with its throttle, and the check every second that loses silent clients. The endpoint's
 * dispatcher takes {@link #handler()} among its handlers and {@link #activity()} as its peer activity. The
 * digest nonce secret is new at every start, so nonces from before a restart are answered with a new
 * challenge ({@code stale=true} when the credentials were right).
 */
public final class ConsoleTransport implements AutoCloseable {

    private final ConsoleLinks links;
    private final DigestAuthenticator authenticator;
    private final ConsoleCommandHandler handler;
    private final ScheduledFuture<?> checks;

    /**
     * @param realm the digest realm of the accounts ({@code AccountSettings.sipRealm})
     * @param executor sends updates to the clients (the container's managed executor)
     * @param scheduler runs the check of the links every second (the container's managed scheduled executor)
     */
    public ConsoleTransport(ConsoleSipSettings settings, String realm, ConsoleDesk desk, DigestCredentialsLookup credentials,
            SipSender sender, Executor executor, ScheduledExecutorService scheduler, Clock clock) {
        ConsoleCodec codec = new ConsoleCodec();
        this.links = new ConsoleLinks(settings, desk, codec, sender, executor, clock);
        this.authenticator = DigestAuthenticator.of(realm, List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5),
                credentials, FAILURES, clock);
        this.handler = new ConsoleCommandHandler(codec, desk, authenticator, links);
        this.checks = scheduler.scheduleWithFixedDelay(links::check, 1, 1, TimeUnit.SECONDS);
    }

    /** The console's words for refused log ins (SWB9101, SWB9102). */
    private static final DigestFailures FAILURES = new DigestFailures() {
        @Override
        public void failed(String source, String login, String reason) {
            ConsoleSipLog.LOG.logInFailed(source, login, reason);
        }

        @Override
        public void throttled(String source, long seconds) {
            ConsoleSipLog.LOG.logInThrottled(source, seconds);
        }
    };

    public SipRequestHandler handler() {
        return handler;
    }

    public PeerActivity activity() {
        return links;
    }

    /** Failed console log ins since the start, over every source (for a JMX counter). */
    public long failedLogIns() {
        return authenticator.failures();
    }

    /** Console links open now. */
    public int openLinks() {
        return links.size();
    }

    ConsoleLinks links() {
        return links;
    }

    /**
     * Stops checking the links and reporting lost ones: close it before the endpoint stops, whose closing
     * sockets would otherwise report every link lost. The links end with the endpoint's stack.
     */
    @Override
    public void close() {
        checks.cancel(false);
        links.stop();
    }
}
