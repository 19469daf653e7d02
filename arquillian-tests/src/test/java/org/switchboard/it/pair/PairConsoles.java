package org.switchboard.it.pair;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.switchboard.protocol.StateUpdate;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * A receptionist logged in on both sites with the console test client, as the pair's consoles are (the contracts:
 * sessions exist on both sites, active where the consoles work, PASSIVE on the other). Her account is made on each
 * site over remote JMX; her desk phone is 202, in PersonalQueue202 and GeneralQueue of the recorded PBX.
 */
final class PairConsoles implements AutoCloseable {

    static final String PASSWORD = "s3cret-pair";
    static final String PASSIVE = "PASSIVE";
    static final Duration SWITCH = Duration.ofSeconds(30);

    private final String login;
    private ConsoleTestClient onPrimary;
    private ConsoleTestClient onSecondary;

    private PairConsoles(String login) {
        this.login = login;
    }

    /** A new receptionist, with an account on both sites, logged in on both. */
    static PairConsoles logIn(Pair pair) {
        PairConsoles consoles = new PairConsoles("pair202-" + UUID.randomUUID().toString().substring(0, 8));
        createAccount(pair.primary, consoles.login);
        createAccount(pair.secondary, consoles.login);
        consoles.onPrimary = consoles.logInOn(pair.primary);
        consoles.onSecondary = consoles.logInOn(pair.secondary);
        return consoles;
    }

    /** Logs in again on the primary (after it was killed and started again). */
    void logInAgainOnThePrimary(Pair pair) {
        onPrimary.close();
        onPrimary = logInOn(pair.primary);
    }

    /** Waits until her session on {@code site} works (any state but PASSIVE); returns when that was seen. */
    Instant awaitWorking(Pair pair, PairSite site) {
        client(pair, site).awaitState("her session on " + site.name() + " working (not PASSIVE)",
                state -> !PASSIVE.equals(state.state()), SWITCH);
        return Instant.now();
    }

    /** Waits until her session on {@code site} is PASSIVE; returns when that was seen. */
    Instant awaitPassive(Pair pair, PairSite site) {
        client(pair, site).awaitState("her session on " + site.name() + " PASSIVE",
                state -> PASSIVE.equals(state.state()), SWITCH);
        return Instant.now();
    }

    String state(Pair pair, PairSite site) {
        return client(pair, site).state().map(StateUpdate::state).orElse("(no state yet)");
    }

    private ConsoleTestClient client(Pair pair, PairSite site) {
        return site == pair.primary ? onPrimary : onSecondary;
    }

    private ConsoleTestClient logInOn(PairSite site) {
        ConsoleTestClient client = ConsoleTestClient.connect(site.sipPort());
        client.keepAlive(Duration.ofSeconds(5));
        ConsoleTestClient.Answer answer = client.logIn(login, PASSWORD, true);
        if (answer.status() != 200) {
            client.close();
            throw new IllegalStateException(login + " cannot log in on " + site + ": " + answer.status() + " "
                    + answer.reason());
        }
        return client;
    }

    private static void createAccount(PairSite site, String login) {
        site.invoke("Receptionists", "createReceptionist", login, "Pair Desk 202", PASSWORD, "PJSIP/202", "202",
                "PersonalQueue202", "GeneralQueue");
    }

    @Override
    public void close() {
        try {
            if (onPrimary != null) {
                onPrimary.close();
            }
        } finally {
            if (onSecondary != null) {
                onSecondary.close();
            }
        }
    }
}
