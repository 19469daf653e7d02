package org.switchboard.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.switchboard.pbx.scripted.LiveOffice;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.PresenceUpdate;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * JsSIP's Subscriber run for real: the page watch.html ({@code sip-presence.js}, the page's vendored JsSIP) in a
 * headless Chromium subscribes over the server's SIP WebSocket ({@code /sip/ws}) to a colleague's presence, with a
 * UA holding the receptionist's credentials, and shows each NOTIFY's PIDF; beside it the browser console of the same
 * receptionist shows the colleague's PRESENCE updates. The colleague (desk 201) changes her status from her console
 * and her phone takes a call; after each change both pages show the same words and colour.
 */
@ExtendWith(ArquillianExtension.class)
class JsSipPresenceIT {

    private static final String DESK = "202";
    private static final String COLLEAGUE = "201";
    private static final String NEVER_SEEN = "299";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ShippedEar.asShipped();
    }

    @ArquillianResource
    ManagementClient management;

    @Test
    void jsSipsSubscriberInTheBrowser_seesEveryStatusOfAColleague_asTheConsoleShowsIt() {
        try (ScriptedReception reception = ScriptedReception.open(management);
                BrowserConsole console = BrowserConsole.open(TestServer.http("/switchboard/console/"));
                SipWatchPage watch = SipWatchPage.open(TestServer.http("/switchboard/console/watch.html"));
                ConsoleTestClient colleague = ConsoleTestClient.connect(TestServer.sipPort());
                ConsoleTestClient another = ConsoleTestClient.connect(TestServer.sipPort())) {
            String login = reception.receptionist(DESK);
            console.logIn(login, ScriptedReception.PASSWORD, false);
            console.awaitConsole();
            reception.awaitQueuesAsHerSession(login);
            watch.connect(login, ScriptedReception.PASSWORD);
            watch.watch(COLLEAGUE);
            watch.watch(NEVER_SEEN);
            assertThat(colleague.logIn(reception.receptionist(COLLEAGUE), ScriptedReception.PASSWORD, true, true)
                    .status()).isEqualTo(200);

            bothShow(console, watch, "Available");
            assertThat(watch.awaitPresence(NEVER_SEEN, "Offline")).isEqualTo("offline");
            assertThat(watch.watchState(COLLEAGUE)).isEqualTo("watching");

            state(colleague, PresenceUpdate.Status.AWAY, "Back at 2 pm");
            bothShow(console, watch, "Away: Back at 2 pm");
            state(colleague, PresenceUpdate.Status.BUSY, "Budget meeting");
            bothShow(console, watch, "Busy: Budget meeting");
            state(colleague, PresenceUpdate.Status.DO_NOT_DISTURB, "Inventory");
            bothShow(console, watch, "Do not disturb: Inventory");
            state(colleague, PresenceUpdate.Status.AVAILABLE, "");
            bothShow(console, watch, "Available");

            LiveOffice.Caller call = reception.office.phone(COLLEAGUE).dials("204");
            reception.office.phone("204").answer();
            bothShow(console, watch, "On the phone");
            reception.office.hangUp(call);
            bothShow(console, watch, "Available");

            // the pictures of docs/presence-sip.md: a few colleagues, each in another status
            assertThat(another.logIn(reception.receptionist("203"), ScriptedReception.PASSWORD, false, true)
                    .status()).isEqualTo(200);
            state(another, PresenceUpdate.Status.BUSY, "Budget meeting until 11");
            state(colleague, PresenceUpdate.Status.AWAY, "Back at 2 pm");
            console.setOwnPresence("do-not-disturb", "Inventory");
            watch.watch("203");
            bothShow(console, watch, "Away: Back at 2 pm");
            assertThat(watch.awaitPresence("203", "Busy: Budget meeting until 11"))
                    .isEqualTo(console.awaitPresence("203", "Busy: Budget meeting until 11"));
            console.awaitPresence(DESK, "Do not disturb: Inventory");
            console.screenshot("presence-console");
            watch.screenshot("presence-watch-over-sip");

            assertThat(colleague.send(seq -> new ConsoleCommand.LogOut(seq)).status()).isEqualTo(200);
            bothShow(console, watch, "Available"); // her phone, registered, keeps her online
        }
    }

    private static void state(ConsoleTestClient client, PresenceUpdate.Status status, String note) {
        assertThat(client.setPresence(status, Optional.of(note)).status()).isEqualTo(200);
    }

    /** Both pages show the colleague's presence in the same words, with the same colour. */
    private static void bothShow(BrowserConsole console, SipWatchPage watch, String words) {
        String consoleTone = console.awaitPresence(COLLEAGUE, words);
        String watchTone = watch.awaitPresence(COLLEAGUE, words);
        assertThat(watchTone).as("the colour over SIP of " + words).isEqualTo(consoleTone);
        assertThat(console.awaitPresence(COLLEAGUE, words)).as("the console still shows " + words).isNotNull();
    }
}
