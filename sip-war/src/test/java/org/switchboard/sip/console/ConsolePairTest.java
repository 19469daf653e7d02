package org.switchboard.sip.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.console.ClientLink;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.SiteUpdate;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.console.ConsolePair;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * The test client's pair mode against two real console transports over SIP on TCP (two "sites", each with a test
 * desk the test speaks for): it logs in on both asking for SITE updates, works where a SITE update says active,
 * switches when another site says so (its commands go there, her pause follows her), and a lost link to one site
 * does not stop it working with the other.
 */
class ConsolePairTest {

    private final ConsoleEndpoint primary = new ConsoleEndpoint();
    private final ConsoleEndpoint secondary = new ConsoleEndpoint();
    private ConsolePair pair;

    @AfterEach
    void stop() {
        if (pair != null) {
            pair.close();
        }
        primary.close();
        secondary.close();
    }

    @Test
    void itLogsInOnBothSitesWithFailover_andWorksWhereTheSiteSaysActive() {
        logInOnBoth(false);

        assertThat(primary.desk.submitted).isEmpty();
        ConsoleTestClient working = pair.awaitWorkingOn("primary-a");
        assertThat(pair.workingSite()).hasValue("primary-a");
        assertThat(pair.send(ConsoleCommand.Resync::new).status()).isEqualTo(200);

        assertThat(primary.desk.submitted).extracting(s -> s.command().name().wireName()).containsExactly("RESYNC");
        assertThat(secondary.desk.submitted).isEmpty();
        assertThat(working).isSameAs(pair.client("primary-a"));
        assertThat(pair.switches()).singleElement().satisfies(first -> {
            assertThat(first.from()).isEmpty();
            assertThat(first.to()).isEqualTo("primary-a");
        });
    }

    @Test
    void whenTheDutyMoves_itSwitches_sendsThereAndKeepsHerPause() {
        logInOnBoth(false);
        pair.awaitWorkingOn("primary-a");
        ClientLink a = primary.desk.link("s-anna");
        ClientLink b = secondary.desk.link("s-anna");
        a.push(Updates.state("s-anna", 3, "IDLE", true));
        pair.awaitState("paused on the primary", state -> state.paused());

        a.push(Updates.state("s-anna", 4, "PASSIVE", true));
        a.push(new SiteUpdate("s-anna", 5, "primary-a", SiteUpdate.Role.PRIMARY, false, "fenced: SMITH"));
        b.push(Updates.state("s-anna", 3, "IDLE", false));
        b.push(new SiteUpdate("s-anna", 4, "secondary-b", SiteUpdate.Role.SECONDARY, true, "activity detected"));

        pair.awaitWorkingOn("secondary-b");
        assertThat(secondary.desk.submitted).extracting(s -> s.command().name().wireName())
                .as("her pause resumed on the secondary").containsExactly("PAUSE");
        assertThat(pair.send(ConsoleCommand.Resync::new).status()).isEqualTo(200);
        assertThat(secondary.desk.submitted).hasSize(2);
        assertThat(primary.desk.submitted).isEmpty();
        assertThat(pair.switches()).extracting(ConsolePair.Switch::to).containsExactly("primary-a", "secondary-b");
        assertThat(pair.switches().get(1).from()).hasValue("primary-a");
        assertThat(pair.switches().get(1).reason()).isEqualTo("activity detected");
    }

    @Test
    void aLostLinkToOneSite_doesNotStopItWorkingWithTheOther() {
        logInOnBoth(false);
        pair.awaitWorkingOn("primary-a");

        primary.close();
        Await.until("the primary's link is gone", () -> !pair.client("primary-a").connected(), ConsoleTestClient.PATIENCE);
        ClientLink b = secondary.desk.link("s-anna");
        b.push(Updates.state("s-anna", 3, "IDLE", false));
        b.push(new SiteUpdate("s-anna", 4, "secondary-b", SiteUpdate.Role.SECONDARY, true, "activity detected"));

        pair.awaitWorkingOn("secondary-b");
        assertThat(pair.send(ConsoleCommand.Resync::new).status()).isEqualTo(200);
        assertThat(secondary.desk.submitted).extracting(s -> s.command().name().wireName()).containsExactly("RESYNC");
    }

    @Test
    void aSiteStartedAgain_isLoggedInAgainOnAFreshLink_whileSheKeepsWorkingOnTheOther() {
        logInOnBoth(false);
        pair.awaitWorkingOn("primary-a");
        ClientLink b = secondary.desk.link("s-anna");
        b.push(Updates.state("s-anna", 3, "IDLE", false));
        b.push(new SiteUpdate("s-anna", 4, "secondary-b", SiteUpdate.Role.SECONDARY, true, "activity detected"));
        pair.awaitWorkingOn("secondary-b");
        primary.close();

        try (ConsoleEndpoint primaryAgain = new ConsoleEndpoint()) {
            primaryAgain.account("anna", "secret");
            ConsoleTestClient fresh = ConsoleTestClient.connect(primaryAgain.port);
            ConsoleTestClient.Answer answer = pair.logInAgain(0, fresh, "anna", "secret");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(primaryAgain.desk.logIns).singleElement().satisfies(logIn -> assertThat(logIn.failover())
                    .isTrue());
            ClientLink again = primaryAgain.desk.link("s-anna");
            again.push(Updates.state("s-anna", 1, "PASSIVE", false));
            again.push(new SiteUpdate("s-anna", 2, "primary-a", SiteUpdate.Role.PRIMARY, false, "STONITH stored"));
            fresh.awaitSite("the primary started again says passive", site -> !site.active());
            assertThat(pair.client("primary-a")).isSameAs(fresh);
            assertThat(pair.clients()).containsExactly(fresh, pair.client("secondary-b"));
            assertThat(pair.workingSite()).hasValue("secondary-b");
            assertThat(pair.send(ConsoleCommand.Resync::new).status()).isEqualTo(200);
            assertThat(secondary.desk.submitted).extracting(s -> s.command().name().wireName()).containsExactly("RESYNC");
            assertThat(primaryAgain.desk.submitted).isEmpty();
        }
    }

    @Test
    void aSiteWhoseLinkIsGoneAtLogIn_leavesTheOtherWorking() {
        secondary.account("anna", "secret");
        ConsoleTestClient toSecondary = ConsoleTestClient.connect(secondary.port);
        ConsoleTestClient toPrimary = ConsoleTestClient.connect(primary.port);
        toPrimary.vanish();
        Await.until("the primary's link is gone", () -> !toPrimary.connected(), ConsoleTestClient.PATIENCE);
        pair = ConsolePair.of(toPrimary, toSecondary);

        List<ConsoleTestClient.Answer> answers = pair.logIn("anna", "secret", false);

        assertThat(answers.get(0).status()).isNotEqualTo(200);
        assertThat(answers.get(1).status()).isEqualTo(200);
    }

    /** Logs in on both; each site then tells its state and where to work, as the server does after a log in. */
    private void logInOnBoth(boolean paused) {
        primary.account("anna", "secret");
        secondary.account("anna", "secret");
        pair = ConsolePair.connect(primary.port, secondary.port);

        List<ConsoleTestClient.Answer> answers = pair.logIn("anna", "secret", paused);

        assertThat(answers).extracting(ConsoleTestClient.Answer::status).containsExactly(200, 200);
        assertThat(primary.desk.logIns).singleElement().satisfies(logIn -> assertThat(logIn.failover()).isTrue());
        assertThat(secondary.desk.logIns).singleElement().satisfies(logIn -> assertThat(logIn.failover()).isTrue());
        primary.desk.link("s-anna").push(Updates.state("s-anna", 1, "IDLE", paused));
        primary.desk.link("s-anna").push(new SiteUpdate("s-anna", 2, "primary-a", SiteUpdate.Role.PRIMARY, true,
                "no console duty decided yet"));
        secondary.desk.link("s-anna").push(Updates.state("s-anna", 1, "PASSIVE", paused));
        secondary.desk.link("s-anna").push(new SiteUpdate("s-anna", 2, "secondary-b", SiteUpdate.Role.SECONDARY,
                false, "the primary takes the calls"));
    }
}
