package org.switchboard.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.switchboard.it.ShippedEar;
import org.switchboard.it.TestServer;
import org.switchboard.pbx.scripted.LiveOffice;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.PresenceUpdate;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * A receptionist's journeys in the console page, in a real browser (headless Chromium) against the shipped EAR:
 * the page is served by the server, speaks SIP over its WebSocket, and the scripted PBX's office plays the callers
 * and the phones. She works at desk 202; each journey checks what the page shows after every step, and saves a
 * screenshot of its end into target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserJourneysIT {

    private static final String DESK = "202";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ShippedEar.asShipped();
    }

    @ArquillianResource
    ManagementClient management;

    private ScriptedReception reception;
    private LiveOffice office;
    private BrowserConsole page;
    private String login;

    @BeforeEach
    void openTheConsolePage() {
        reception = ScriptedReception.open(management);
        office = reception.office;
        login = reception.receptionist(DESK);
        page = BrowserConsole.open(TestServer.http("/switchboard/console/"));
    }

    @AfterEach
    void screenshotAndClose(TestInfo test) {
        try {
            if (page != null) {
                page.screenshot(test.getTestMethod().orElseThrow().getName());
                BrowserFigures.add(test.getTestMethod().orElseThrow().getName(), page);
                page.close();
            }
        } finally {
            reception.close();
        }
    }

    @Test
    void sheLogsIn_andTheConsoleShowsHerOnline_readyWithFreeLines() {
        page.logIn(login, ScriptedReception.PASSWORD, false);

        page.awaitConsole();
        assertThat(page.text("receptionist")).contains(login);
        assertThat(page.text("session-state")).isEqualTo("Ready");
        assertThat(page.text("site-name")).isEqualTo("it-h2");
        assertThat(page.text("connection-text")).isEqualTo("Connected");
        assertThat(page.logInFormShown()).isFalse();
        page.awaitFreeLine(1);
        page.awaitFreeLine(2);
        assertThat(page.enabled("hold")).as("hold with no call").isFalse();
        assertThat(page.enabled("pause")).isTrue();
        assertThat(page.enabled("logOut")).isTrue();
        assertThat(page.stateSeq()).isPositive();
    }

    @Test
    void aQueuedCall_ringsOnLine1_andIsAnsweredOnHerPhone() {
        loggedIn();

        LiveOffice.Caller caller = office.trunkCallsQueue("9" + DESK);

        page.awaitLine(1, caller.callId(), "Ringing");
        assertThat(page.linePart(1, "who")).isEqualTo(LiveOffice.CALLER_NAME);
        assertThat(page.linePart(1, "number")).isEqualTo(LiveOffice.CALLER_NUMBER);
        assertThat(page.text("session-state")).isEqualTo("Call ringing");
        assertThat(page.enabled("hold")).as("hold while ringing").isFalse();

        office.phone(DESK).answer();

        page.awaitLine(1, caller.callId(), "Connected");
        assertThat(page.text("session-state")).isEqualTo("In conversation");
        assertThat(page.enabled("hold")).isTrue();
        assertThat(page.enabled("park")).isTrue();
        page.screenshot("aQueuedCall_inConversation");

        callerHangsUp(caller);
    }

    @Test
    void aCallPutOnHold_isRetrievedToHerPhone() {
        LiveOffice.Caller caller = talkingOnLine1();

        page.click("hold");

        page.awaitLine(1, caller.callId(), "On hold");
        assertThat(page.text("session-state")).isEqualTo("Call on hold");
        page.screenshot("aCallPutOnHold_onHold");

        page.click("retrieve");
        page.awaitLine(1, caller.callId(), "Ringing");
        office.phone(DESK).answer();

        page.awaitLine(1, caller.callId(), "Connected");
        callerHangsUp(caller);
    }

    @Test
    void aCallParkedWithANote_isListedWithItsCountdown_andTakenBack() {
        LiveOffice.Caller caller = talkingOnLine1();
        String note = "Mr Smith, waits for accounts";

        page.click("park");
        page.awaitDialog("park-dialog");
        page.type("park-note", note);
        page.confirm("park-dialog");

        String row = page.awaitSupervised(caller.callId(), "Parked");
        assertThat(row).contains(LiveOffice.CALLER_NAME).contains("Note: " + note).containsPattern("\\d:\\d\\d");
        page.awaitFreeLine(1);
        page.screenshot("aCallParked_listed");

        page.clickCall(caller.callId());

        ringsAndIsAnswered(caller);
        assertThat(page.linePart(1, "note")).isEqualTo("Note: " + note);
        page.awaitNotSupervised(caller.callId());
        callerHangsUp(caller);
    }

    @Test
    void aColleagueDialledOnLine2_isCoupledWithTheCaller_andBothLinesAreFree() {
        LiveOffice.Caller caller = talkingOnLine1();
        page.click("hold");
        page.awaitLine(1, caller.callId(), "On hold");

        page.click("line2");
        assertThat(page.textContent("chosen-line")).isEqualTo("line 2");
        page.type("dial-number", "204");
        page.click("dial");

        String consultation = Await.value("a call dialled on line 2", () -> page.lineCallId(2),
                BrowserConsole.PATIENCE);
        office.phone(DESK).answer();
        office.phone("204").answer();
        page.awaitLine(2, consultation, "Connected");
        page.awaitLine(1, caller.callId(), "On hold");
        assertThat(page.text("session-state")).isEqualTo("Consultation");
        page.screenshot("aColleagueDialled_consultation");

        page.click("couple");

        page.awaitFreeLine(1);
        page.awaitFreeLine(2);
        assertThat(office.phone(DESK).busy()).as("her phone after the couple").isFalse();
        assertThat(office.phone("204").busy()).as("the colleague's phone, now with the caller").isTrue();
        office.phone("204").hangUp();
    }

    @Test
    void aDirectedParkNobodyPicksUp_comesBackToHerPhoneAtItsDeadline() {
        LiveOffice.Caller caller = talkingOnLine1();
        String note = "for Ms Jones, about the invoice";

        page.click("directedPark");
        page.awaitDialog("directed-park-dialog");
        page.type("directed-park-extension", "204");
        page.type("directed-park-note", note);
        page.confirm("directed-park-dialog");

        String row = page.awaitSupervised(caller.callId(), "Parked for 204");
        assertThat(row).contains("Note: " + note);
        page.awaitFreeLine(1);
        page.screenshot("aDirectedPark_listed");

        page.awaitLine(1, caller.callId(), "Ringing");
        page.awaitNotSupervised(caller.callId());
        office.phone(DESK).answer();
        page.awaitLine(1, caller.callId(), "Connected");
        assertThat(page.linePart(1, "note")).isEqualTo("Note: " + note);
        callerHangsUp(caller);
    }

    @Test
    void aWrongPassword_isSaid_andTheLogInFormStays() {
        page.logIn(login, "not-" + ScriptedReception.PASSWORD, false);

        String error = Await.value("the log in refused", () -> Optional.of(page.logInError())
                .filter(text -> !text.isEmpty()), BrowserConsole.PATIENCE);
        assertThat(error).isEqualTo("Log in failed: wrong login or password");
        assertThat(page.logInFormShown()).isTrue();
        assertThat(page.consoleShown()).isFalse();
        assertThat(page.connection()).isEqualTo("offline");
        assertThat(page.focusedId()).isEqualTo("login-password");
    }

    @Test
    void aLostConnection_isSaid_andThePageReconnects_resyncs_andCarriesOn() {
        page.logIn(login, ScriptedReception.PASSWORD, true);
        page.awaitConsole();
        reception.awaitQueuesAsHerSession(login);
        LiveOffice.Caller caller = office.trunkCallsQueue("9" + DESK);
        page.awaitWaitingCount(1);
        long before = page.stateSeq();

        page.dropConnection();

        awaitReconnected();
        assertThat(page.text("notice")).contains("Reconnected and logged in again");
        page.awaitWaitingCount(1);
        assertThat(page.stateSeq()).as("a whole STATE after the new log in").isNotEqualTo(before);
        assertThat(page.text("paused-badge")).as("still paused, as before the loss").contains("Paused");
        page.screenshot("aLostConnection_recovered");

        page.clickCall(caller.callId());
        ringsAndIsAnswered(caller);

        long lossesBefore = page.connectionStates().stream().filter("reconnecting"::equals).count();
        page.dropConnection();
        Await.until("the page online again after a loss in the middle of the call", () -> page.connectionStates()
                .stream().filter("reconnecting"::equals).count() > lossesBefore
                && page.connection().equals("online"), BrowserConsole.PATIENCE);
        page.awaitLine(1, caller.callId(), "Connected");
        page.screenshot("aLostConnection_midCall_recovered");
        callerHangsUp(caller);
    }

    @Test
    void aWholeCall_handledWithTheKeyboardOnly_neverLosesTheFocus() {
        page.logInWithKeys(login, ScriptedReception.PASSWORD, false);
        page.awaitConsole();
        reception.awaitQueuesAsHerSession(login);
        assertFocusKept();

        LiveOffice.Caller caller = office.trunkCallsQueue("9" + DESK);
        ringsAndIsAnswered(caller);
        assertFocusKept();

        page.press("hold", "h");
        page.awaitLine(1, caller.callId(), "On hold");
        assertFocusKept();
        page.press("retrieve", "r");
        ringsAndIsAnswered(caller);
        assertFocusKept();

        page.press("park", "p");
        page.awaitDialog("park-dialog");
        assertThat(page.focusedId()).isEqualTo("park-note");
        page.keys("Back in five minutes", Keys.ENTER);
        page.awaitSupervised(caller.callId(), "Parked");
        page.awaitFreeLine(1);
        assertFocusKept();

        page.press("takeBack", "t");
        ringsAndIsAnswered(caller);
        assertThat(page.linePart(1, "note")).isEqualTo("Note: Back in five minutes");
        assertFocusKept();
        page.screenshot("aWholeCallWithTheKeyboard_takenBack");

        page.press("hangUp", "x");
        page.awaitFreeLine(1);
        Await.until("the caller gone from the PBX", () -> !office.alive(caller.channel()), BrowserConsole.PATIENCE);
        assertFocusKept();
    }

    /**
     * A hundred callers join her queue at once and hang up again: the page ends with every one listed (the STATE
     * lists the first 50 and counts the rest), then none. A page that cannot keep up gets superseded updates
     * dropped by the server (SWB9107) and asks for the whole state when it sees the gap: it must still end right.
     */
    @Test
    void aBurstOf100QueuedCalls_isListedWhole_andEmptiesAgain() {
        page.logIn(login, ScriptedReception.PASSWORD, true);
        page.awaitConsole();
        reception.awaitQueuesAsHerSession(login);
        List<LiveOffice.Caller> callers = new ArrayList<>();

        for (int i = 0; i < 100; i++) {
            callers.add(office.trunkCallsQueue("9" + DESK));
        }

        page.awaitWaitingCount(100);
        assertThat(page.textContent("waiting-count")).isEqualTo("100 (50 not shown)");
        page.screenshot("aBurstOfQueuedCalls_waiting");
        callers.forEach(office::hangUp);
        page.awaitWaitingCount(0);
        assertThat(page.text("waiting-empty")).isEqualTo("No calls waiting.");
    }

    /** Logged in through the form, available, once the PBX has her phone in her queues. */
    @Test
    void aColleaguesPresence_isShownBesideHerPhone_andChangesWhenSheSetsHers() {
        loggedIn();
        String colleague = reception.receptionist("201");
        try (ConsoleTestClient colleagues = ConsoleTestClient.connect(TestServer.sipPort())) {
            assertThat(colleagues.logIn(colleague, ScriptedReception.PASSWORD, false, true).status()).isEqualTo(200);
            assertThat(page.awaitPresence("201", "Available")).isEqualTo("available");

            colleagues.setPresence(PresenceUpdate.Status.AWAY, Optional.of("Back at 2 pm"));

            assertThat(page.awaitPresence("201", "Away: Back at 2 pm")).isEqualTo("away");
            assertThat(page.phoneLabel("201")).startsWith("201: ").endsWith(", Away: Back at 2 pm");

            page.setOwnPresence("do-not-disturb", "Inventory");

            assertThat(page.awaitPresence(DESK, "Do not disturb: Inventory")).isEqualTo("busy");
            colleagues.awaitPresence(DESK, "the colleague sees her presence too",
                    user -> user.status() == PresenceUpdate.Status.DO_NOT_DISTURB && user.note().equals("Inventory"));

            colleagues.send(seq -> new ConsoleCommand.LogOut(seq));

            // her console login ended: what is left is her registered phone, which states no status
            assertThat(page.awaitPresence("201", "Available")).isEqualTo("available");
        }
    }

    @Test
    void herStatus_survivesALostConnection_onThePageAndForHerColleagues() {
        loggedIn();
        String colleague = reception.receptionist("201");
        try (ConsoleTestClient colleagues = ConsoleTestClient.connect(TestServer.sipPort())) {
            assertThat(colleagues.logIn(colleague, ScriptedReception.PASSWORD, false, true).status()).isEqualTo(200);
            assertThat(page.text("presence-now")).isEqualTo("Each log in starts you available.");
            assertThat(page.ownStatus()).isEqualTo("available");
            page.setOwnPresence("do-not-disturb", "Inventory");
            colleagues.awaitPresence(DESK, "the colleague sees her do not disturb",
                    user -> user.status() == PresenceUpdate.Status.DO_NOT_DISTURB && user.note().equals("Inventory"));
            List<PresenceUpdate.Status> seen = new CopyOnWriteArrayList<>();
            colleagues.onUpdate(received -> {
                if (received.update() instanceof PresenceUpdate presence) {
                    presence.users().stream().filter(user -> user.user().equals(DESK))
                            .forEach(user -> seen.add(user.status()));
                }
            });

            page.dropConnection();

            awaitReconnected();
            assertThat(page.ownStatus()).as("her control after the reconnect").isEqualTo("do-not-disturb");
            assertThat(page.text("presence-now")).isEqualTo("Set: Do not disturb, Inventory");
            assertThat(page.awaitPresence(DESK, "Do not disturb: Inventory")).isEqualTo("busy");
            Await.until("the colleague told do not disturb after the reconnect",
                    () -> seen.contains(PresenceUpdate.Status.DO_NOT_DISTURB), BrowserConsole.PATIENCE);
            page.screenshot("herStatus_afterALostConnection");
            // a later change of hers: every change of her presence before it has reached the colleague
            page.setOwnPresence("do-not-disturb", "Inventory, back at 3");
            colleagues.awaitPresence(DESK, "the colleague sees her later note",
                    user -> user.note().equals("Inventory, back at 3"));
            // the lost link ended the old session and its console login: her registered phone alone says available
            // until the page is logged in again; the new session's console login states do not disturb at once
            List<PresenceUpdate.Status> fromTheNewLogIn = seen.subList(
                    Math.max(0, seen.indexOf(PresenceUpdate.Status.DO_NOT_DISTURB)), seen.size());
            assertThat(fromTheNewLogIn).as("her status as the colleague saw it through the reconnect: " + seen)
                    .isNotEmpty().containsOnly(PresenceUpdate.Status.DO_NOT_DISTURB);
        }
    }

    /** The page went through reconnecting after its first log in, and is online again. */
    private void awaitReconnected() {
        Await.until("the page reconnecting, then online again", () -> {
            List<String> states = page.connectionStates();
            int lost = states.indexOf("reconnecting");
            return lost > 0 && states.subList(lost, states.size()).contains("online")
                    && page.connection().equals("online");
        }, BrowserConsole.PATIENCE);
    }

    private void loggedIn() {
        page.logIn(login, ScriptedReception.PASSWORD, false);
        page.awaitConsole();
        reception.awaitQueuesAsHerSession(login);
    }

    /** A queued call rung on her phone and answered there, shown in conversation on line 1. */
    private LiveOffice.Caller talkingOnLine1() {
        loggedIn();
        LiveOffice.Caller caller = office.trunkCallsQueue("9" + DESK);
        ringsAndIsAnswered(caller);
        return caller;
    }

    /** The call rings her phone, shown on line 1, and she answers it there. */
    private void ringsAndIsAnswered(LiveOffice.Caller caller) {
        page.awaitLine(1, caller.callId(), "Ringing");
        office.phone(DESK).answer();
        page.awaitLine(1, caller.callId(), "Connected");
    }

    /** The caller hangs up: line 1 is free again. */
    private void callerHangsUp(LiveOffice.Caller caller) {
        office.hangUp(caller);
        page.awaitFreeLine(1);
    }

    /** The focus is on an element of the console, never lost to the page's body. */
    private void assertFocusKept() {
        assertThat(page.focusedId()).as("what has the focus").isNotEqualTo("body");
    }
}
