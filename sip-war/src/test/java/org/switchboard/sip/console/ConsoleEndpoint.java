package org.switchboard.sip.console;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.switchboard.console.model.AccountSettings;
import org.switchboard.console.model.DigestCredentials;
import org.switchboard.health.model.Availability;
import org.switchboard.pbx.scripted.SettableClock;
import org.switchboard.runtime.KeyedSerialExecutor;
import org.switchboard.sip.SipDispatcher;
import org.switchboard.sip.SipEndpoint;
import org.switchboard.sip.SipLanes;
import org.switchboard.sip.SipSender;
import org.switchboard.sip.SipSettings;
import org.switchboard.sip.options.OptionsHandler;
import org.switchboard.testkit.sip.FreePort;

/**
 * A SIP endpoint on a free port of 127.0.0.1 with the console transport as the server assembles it, the
 * production settings, a {@link TestDesk}, accounts set by the test and a clock the test moves.
 */
final class ConsoleEndpoint implements AutoCloseable {

    static final ConsoleSipSettings SETTINGS = ConsoleSipSettings.from(key -> null);
    static final String REALM = AccountSettings.from(key -> null).sipRealm();

    final TestDesk desk = new TestDesk();
    final SettableClock clock = new SettableClock(Instant.parse("2026-11-26T09:00:00Z"));
    final Map<String, DigestCredentials> accounts = new ConcurrentHashMap<>();
    final ExecutorService pool = Executors.newCachedThreadPool();
    final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    final ConsoleTransport transport;
    final SipEndpoint endpoint;
    final int port;

    /** The server's lanes over the pool. */
    ConsoleEndpoint() {
        this(null);
    }

    /** The server's lanes over {@code laneExecutor}, or over the pool when null. */
    ConsoleEndpoint(java.util.concurrent.Executor laneExecutor) {
        SipSender sender = new SipSender();
        transport = new ConsoleTransport(SETTINGS, REALM, desk,
                (login, realm) -> Optional.ofNullable(accounts.get(login)), sender, pool, scheduler, clock);
        KeyedSerialExecutor executor = SipLanes.over(laneExecutor == null ? pool : laneExecutor);
        SipDispatcher dispatcher = new SipDispatcher(
                List.of(new OptionsHandler(() -> Availability.AVAILABLE), transport.handler()), executor,
                transport.activity());
        int free = FreePort.forUdpAndTcp();
        endpoint = new SipEndpoint(new SipSettings("127.0.0.1", free, free), dispatcher, sender);
        endpoint.start();
        port = free;
    }

    /** Stops the checks the transport schedules every second, so that a test runs them itself. */
    void stopScheduledChecks() {
        scheduler.shutdownNow();
    }

    void account(String login, String password) {
        accounts.put(login, DigestCredentials.of(login, REALM, password));
    }

    /** A client logged in as {@code login} (password {@code secret}), its session {@code s-<login>}. */
    ConsoleClient loggedIn(String login) throws java.io.IOException {
        account(login, "secret");
        ConsoleClient client = new ConsoleClient(port);
        SipText answer = client.logIn(login, "secret", "SHA-256");
        if (answer.status() != 200) {
            client.close();
            throw new AssertionError("log in of " + login + " answered " + answer.startLine());
        }
        return client;
    }

    @Override
    public void close() {
        transport.close();
        endpoint.stop();
        pool.shutdownNow();
        scheduler.shutdownNow();
    }
}
