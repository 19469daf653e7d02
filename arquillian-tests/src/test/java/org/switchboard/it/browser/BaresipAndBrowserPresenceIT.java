package org.switchboard.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.it.ShippedEar;
import org.switchboard.it.TestServer;
import org.switchboard.it.presence.Baresip;
import org.switchboard.pbx.scripted.LiveOffice;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.PresenceUpdate;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * A colleague's presence seen two ways at once, through the shipped EAR: by Debian's baresip, subscribed to her over
 * SIP (NOTIFY with PIDF), and by the browser console of a receptionist at desk 202, beside the colleague's phone.
 * The colleague (desk 201) sets her status from her console, and her phone takes a call; after each change both show
 * the same status. baresip authenticates with a SIP presence account of its own. baresip 1.0 has four words (Online, Busy, Offline, Unknown): away reaches it as Offline (its
 * reading of {@code rpid:away}), busy, do not disturb and on the phone as Busy.
 */
@ExtendWith(ArquillianExtension.class)
class BaresipAndBrowserPresenceIT {

    private static final String DESK = "202";
    private static final String COLLEAGUE = "201";
    private static final Duration SEEN = Duration.ofSeconds(15);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ShippedEar.asShipped();
    }

    @ArquillianResource
    ManagementClient management;

    @Test
    void baresipSubscribedOverSip_andTheBrowserConsole_showTheSameStatusOfAColleague() {
        try (ScriptedReception reception = ScriptedReception.open(management);
                BrowserConsole page = BrowserConsole.open(TestServer.http("/switchboard/console/"));
                ConsoleTestClient colleague = ConsoleTestClient.connect(TestServer.sipPort());
                Baresip baresip = Baresip.start(reception.presenceAccount("7" + System.nanoTime() % 1_000_000),
                        ScriptedReception.PASSWORD, COLLEAGUE, TestServer.sipPort())) {
            String login = reception.receptionist(DESK);
            page.logIn(login, ScriptedReception.PASSWORD, false);
            page.awaitConsole();
            reception.awaitQueuesAsHerSession(login);
            assertThat(colleague.logIn(reception.receptionist(COLLEAGUE), ScriptedReception.PASSWORD, true, true)
                    .status()).isEqualTo(200);
            bothShow(page, baresip, "Available", "Online");

            state(colleague, PresenceUpdate.Status.AWAY, "Back at 2 pm");
            bothShow(page, baresip, "Away: Back at 2 pm", "Offline");

            state(colleague, PresenceUpdate.Status.BUSY, "Budget meeting");
            bothShow(page, baresip, "Busy: Budget meeting", "Busy");

            state(colleague, PresenceUpdate.Status.AVAILABLE, "");
            bothShow(page, baresip, "Available", "Online");

            LiveOffice.Caller call = reception.office.phone(COLLEAGUE).dials("203");
            reception.office.phone("203").answer();
            bothShow(page, baresip, "On the phone", "Busy");
            reception.office.hangUp(call);
            bothShow(page, baresip, "Available", "Online");

            state(colleague, PresenceUpdate.Status.DO_NOT_DISTURB, "Inventory");
            bothShow(page, baresip, "Do not disturb: Inventory", "Busy");

            assertThat(colleague.send(seq -> new ConsoleCommand.LogOut(seq)).status()).isEqualTo(200);
            bothShow(page, baresip, "Available", "Online"); // her phone, registered, keeps her online
            page.screenshot("baresipAndBrowserPresence");
        }
    }

    private static void state(ConsoleTestClient colleague, PresenceUpdate.Status status, String note) {
        assertThat(colleague.setPresence(status, Optional.of(note)).status()).isEqualTo(200);
    }

    private static void bothShow(BrowserConsole page, Baresip baresip, String pageWords, String baresipWord) {
        page.awaitPresence(COLLEAGUE, pageWords);
        try {
            Await.until("baresip to show " + COLLEAGUE + " " + baresipWord + " while the page shows " + pageWords,
                    () -> baresip.statusOf(COLLEAGUE).filter(baresipWord::equals).isPresent(), SEEN);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; baresip shows " + baresip.statusOf(COLLEAGUE)
                    + "; its output:\n" + baresip.output(), e);
        }
        assertThat(page.awaitPresence(COLLEAGUE, pageWords)).as("the page still shows " + pageWords).isNotNull();
    }
}
