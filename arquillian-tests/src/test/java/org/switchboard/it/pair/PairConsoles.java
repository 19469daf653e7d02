package org.switchboard.it.pair;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.switchboard.testkit.console.ConsolePair;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * A receptionist's console in the pair, the test client's pair mode ({@link ConsolePair}): one link to each site,
 * each logged in with {@code failover}, working where the last SITE update said active and switching (and resuming
 * her session) when the other site says so, as the pair's consoles do (the contracts: sessions exist on both sites,
 * active where the consoles work, PASSIVE on the other). Her account is made on each site over remote JMX; her desk
 * phone is 202, in PersonalQueue202 and GeneralQueue of the recorded PBX; she logs in paused.
 */
final class PairConsoles implements Runbook.Desks, AutoCloseable {

    static final String PASSWORD = "s3cret-pair";
    static final String PASSIVE = "PASSIVE";
    static final Duration SWITCH = Duration.ofSeconds(30);
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(5);
    /** The order of the sites in the pair's links. */
    private static final int PRIMARY = 0;
    private static final int SECONDARY = 1;

    private final Pair pair;
    private final String login;
    private final ConsolePair console;

    private PairConsoles(Pair pair, String login, ConsolePair console) {
        this.pair = pair;
        this.login = login;
        this.console = console;
    }

    /** A new receptionist, with an account on both sites, logged in on both with failover. */
    static PairConsoles logIn(Pair pair) {
        String login = "pair202-" + UUID.randomUUID().toString().substring(0, 8);
        createAccount(pair.primary, login);
        createAccount(pair.secondary, login);
        ConsolePair console = ConsolePair.connect(pair.primary.sipPort(), pair.secondary.sipPort());
        PairConsoles consoles = new PairConsoles(pair, login, console);
        try {
            console.clients().forEach(client -> client.keepAlive(KEEP_ALIVE));
            List<ConsoleTestClient.Answer> answers = console.logIn(login, PASSWORD, true);
            consoles.requireLoggedIn(pair.primary, answers.get(PRIMARY));
            consoles.requireLoggedIn(pair.secondary, answers.get(SECONDARY));
            return consoles;
        } catch (RuntimeException | Error e) {
            consoles.close();
            throw e;
        }
    }

    /** Logs in again on the primary, on a fresh link (after it was killed and started again); the other link stays. */
    void logInAgainOnThePrimary(Pair pair) {
        ConsoleTestClient fresh = ConsoleTestClient.connect(pair.primary.sipPort());
        fresh.keepAlive(KEEP_ALIVE);
        requireLoggedIn(pair.primary, console.logInAgain(PRIMARY, fresh, login, PASSWORD));
    }

    /** {@link #awaitWorking(PairSite)}. */
    Instant awaitWorking(Pair pair, PairSite site) {
        return awaitWorking(site);
    }

    /** {@link #awaitPassive(PairSite)}. */
    Instant awaitPassive(Pair pair, PairSite site) {
        return awaitPassive(site);
    }

    /**
     * Waits until she works on {@code site}: her console switched there (its SITE update said active and her
     * session was resumed there) and her session there is not PASSIVE. Returns when the switch was done (the
     * resume's end, as the client read it), which is earlier than this wait's end by the polling.
     */
    @Override
    public Instant awaitWorking(PairSite site) {
        console.awaitWorkingOn(site.name(), SWITCH);
        client(site).awaitState("her session on " + site.name() + " working (not PASSIVE)",
                state -> !PASSIVE.equals(state.state()), SWITCH);
        long now = System.nanoTime();
        Instant at = Instant.now();
        List<ConsolePair.Switch> switches = console.switches();
        for (int i = switches.size() - 1; i >= 0; i--) {
            if (switches.get(i).to().equals(site.name())) {
                return at.minusNanos(now - switches.get(i).resumedNanos());
            }
        }
        return at;
    }

    /** Waits until her session on {@code site} is PASSIVE (the state that site's link last told); returns when seen. */
    @Override
    public Instant awaitPassive(PairSite site) {
        client(site).awaitState("her session on " + site.name() + " PASSIVE",
                state -> PASSIVE.equals(state.state()), SWITCH);
        return Instant.now();
    }

    private ConsoleTestClient client(PairSite site) {
        return console.clients().get(site == pair.primary ? PRIMARY : SECONDARY);
    }

    private void requireLoggedIn(PairSite site, ConsoleTestClient.Answer answer) {
        if (answer.status() != 200) {
            throw new IllegalStateException(login + " cannot log in on " + site + ": " + answer.status() + " "
                    + answer.reason());
        }
    }

    /** Her account on {@code site}: desk phone 202, in PersonalQueue202 and GeneralQueue, password {@value #PASSWORD}. */
    static void createAccount(PairSite site, String login) {
        site.invoke("Receptionists", "createReceptionist", login, "Pair Desk 202", PASSWORD, "PJSIP/202", "202",
                "PersonalQueue202", "GeneralQueue");
    }

    @Override
    public void close() {
        console.close();
    }
}
