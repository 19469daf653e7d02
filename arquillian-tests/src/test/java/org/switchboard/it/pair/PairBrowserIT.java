package org.switchboard.it.pair;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.it.browser.BrowserConsole;
import org.switchboard.it.pair.TestGateway.Routed;
import org.switchboard.testkit.Await;

/**
 * The browser console in the pair: a receptionist opens the console page served by the primary in a headless
 * Chromium and logs in; the page links to both sites (the second link to {@code SWB_PEER_ADDRESS}, the secondary's
 * HTTP listener) and works on the primary. The primary is deactivated by hand over JMX, the next reception call goes
 * to the secondary, which sees the activity and takes the consoles: the page switches to the secondary by itself,
 * without a reload (the header names the secondary, her session there works, the one on the primary is PASSIVE).
 * The runbook's recovery ({@link Runbook#recovers}) brings the page back to the primary; she logs out, the pair at
 * row 0000.
 */
@Tag("pair")
@ExtendWith(PairServers.class)
class PairBrowserIT {

    private static final String SCENARIO = "browser-deactivated";

    @Test
    void thePageSwitchesToTheSecondaryByItself_whenThePrimaryIsDeactivated_andBackToThePrimaryAfterTheRecovery(
            Pair pair) {
        Runbook.awaitRows(pair, Runbook.ROW_ZERO, "both sites normal at start");
        String login = "pairweb-" + UUID.randomUUID().toString().substring(0, 8);
        PairConsoles.createAccount(pair.primary, login);
        PairConsoles.createAccount(pair.secondary, login);
        try (BrowserConsole page = BrowserConsole.open(URI.create("http://127.0.0.1:" + pair.primary.httpPort()
                + "/switchboard/console/"))) {
            page.logIn(login, PairConsoles.PASSWORD, true);
            page.awaitConsole();
            assertThat(page.inPair()).as("the page linked to both sites").isTrue();
            Desk desk = new Desk(pair, page, login);
            desk.awaitWorking(pair.primary);
            desk.awaitPassive(pair.secondary);
            page.screenshot("pair-page-working-on-the-primary");

            Instant failure = Instant.now();
            String status = (String) pair.primary.invoke("ConsoleService", "deactivate");

            assertThat(status).as("the primary's status line after deactivate").contains("deactivated");
            Await.until(SCENARIO + ": the primary stops answering the PBX's qualify",
                    () -> TestGateway.qualify(pair.primary).isEmpty(), Runbook.STEP);
            Routed call = pair.gateway.receptionCall();
            assertThat(call.site()).as("the next reception call").isEqualTo(pair.secondary.name());
            PairFigures.record(SCENARIO, "first reception call routed to the secondary", failure, Instant.now());
            Await.until(SCENARIO + ": the secondary detected the activity",
                    () -> Boolean.TRUE.equals(pair.secondary.attributeOrNull("ConsoleService", "ActivityDetected")),
                    Runbook.STEP);
            PairFigures.record(SCENARIO, "the page shows the secondary as her site (working there)", failure,
                    desk.awaitWorking(pair.secondary));
            desk.awaitPassive(pair.primary);
            assertThat(page.sameDocument()).as("the page switched without a reload").isTrue();
            Runbook.awaitRows(pair, "1100", SCENARIO + ": failover mode: row 1100");
            page.screenshot("pair-page-switched-to-the-secondary");

            Runbook.recovers(pair, SCENARIO, desk);

            desk.awaitWorking(pair.primary);
            assertThat(page.sameDocument()).as("the page went back without a reload").isTrue();
            page.screenshot("pair-page-back-on-the-primary");
            page.click("logOut");
            page.awaitLogInForm();
            desk.awaitLoggedOut(pair.primary);
            desk.awaitLoggedOut(pair.secondary);
        }
        Runbook.awaitRows(pair, Runbook.ROW_ZERO, "the pair ends at row 0000");
    }

    /**
     * The receptionist's page as the runbook watches it: where the page shows her working, and her session on each
     * site as that site lists it over JMX ({@code Consoles.Sessions}: user, session, state, ...).
     */
    private record Desk(Pair pair, BrowserConsole page, String login) implements Runbook.Desks {

        /** The page shows her working on {@code site}, whose own session list has her session at work. */
        @Override
        public Instant awaitWorking(PairSite site) {
            Instant shown = page.awaitWorkingOn(site.name(), PairConsoles.SWITCH);
            Await.until("her session on " + site.name() + " working (listed neither PASSIVE nor LOGGED_OUT)",
                    () -> sessionStates(site).stream().anyMatch(state -> !state.equals(PairConsoles.PASSIVE)
                            && !state.equals("LOGGED_OUT")), PairConsoles.SWITCH);
            return shown;
        }

        @Override
        public Instant awaitPassive(PairSite site) {
            Await.until("her session on " + site.name() + " PASSIVE",
                    () -> sessionStates(site).contains(PairConsoles.PASSIVE), PairConsoles.SWITCH);
            return Instant.now();
        }

        /** Her sessions on {@code site} are all logged out (or gone from the list). */
        void awaitLoggedOut(PairSite site) {
            Await.until("her sessions on " + site.name() + " logged out", () -> site.attributeOrNull("Consoles",
                    "Sessions") != null && sessionStates(site).stream().allMatch(state -> state.equals("LOGGED_OUT")),
                    PairConsoles.SWITCH);
        }

        /** The states of her sessions in the site's list; empty while the site cannot answer. */
        private List<String> sessionStates(PairSite site) {
            Object sessions = site.attributeOrNull("Consoles", "Sessions");
            if (!(sessions instanceof String[] lines)) {
                return List.of();
            }
            return Arrays.stream(lines).map(line -> line.trim().split("\\s+"))
                    .filter(columns -> columns.length > 2 && columns[0].equals(login)).map(columns -> columns[2])
                    .toList();
        }
    }
}
