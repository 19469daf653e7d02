package org.switchboard.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.console.ReceptionistAccounts;
import org.switchboard.it.ScriptedPbx;
import org.switchboard.it.ShippedEar;
import org.switchboard.pbx.LivePbx;
import org.switchboard.pbx.PbxLink;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.presence.PresenceService;
import org.switchboard.presence.model.UserId;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.ConsoleMediaTypes;
import org.switchboard.protocol.PresenceUpdate;
import org.switchboard.protocol.PresenceUpdate.Status;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * A receptionist sees her colleagues' presence over the console protocol, against the deployed EAR and its presence
 * service, with the scripted AMI server as the PBX (the recorded office, whose phones are registered but for 205's):
 * another receptionist logging in and out, stating her presence with SET_PRESENCE, a phone registering and going
 * away, and a restart of the presence service. A client that did not ask for presence never gets a PRESENCE update.
 */
@ExtendWith(ArquillianExtension.class)
class ConsolePresenceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(ConsolePresenceIT.class);
    }

    @EJB
    LivePbx pbx;

    @EJB
    PbxLink link;

    @EJB
    PresenceService presence;

    @Inject
    ReceptionistAccounts accounts;

    private Reception reception;
    private String anna;
    private String bob;

    @BeforeEach
    void openTheReception() {
        reception = Reception.open(pbx, link, accounts);
        anna = reception.receptionist("201");
        bob = reception.receptionist("202");
    }

    @AfterEach
    void closeTheReception() {
        reception.close();
    }

    @Test
    void aColleaguesConsole_statesHerStatusWhileLoggedIn_andHerPhoneAloneAfterHerLogOut() {
        ConsoleTestClient annasConsole = loggedIn(anna, true);
        annasConsole.awaitPresence("202", "Bob available: his phone is registered", user -> user.status()
                == Status.AVAILABLE);

        ConsoleTestClient bobsConsole = loggedIn(bob, false);
        bobsConsole.setPresence(Status.AWAY, Optional.empty());
        annasConsole.awaitPresence("202", "Bob away, as his console says", user -> user.status() == Status.AWAY);

        bobsConsole.send(seq -> new ConsoleCommand.LogOut(seq));
        annasConsole.awaitPresence("202", "Bob available again: his console login ended, his phone is left",
                user -> user.status() == Status.AVAILABLE);
    }

    @Test
    void aColleaguesSetPresence_isSeenWithHerNote_andAnEmptyNoteClearsIt() {
        ConsoleTestClient annasConsole = loggedIn(anna, true);
        ConsoleTestClient bobsConsole = loggedIn(bob, true);

        assertThat(bobsConsole.setPresence(Status.AWAY, Optional.of("Back at 2 pm")).status()).isEqualTo(200);
        annasConsole.awaitPresence("202", "Bob away with his note",
                user -> user.status() == Status.AWAY && user.note().equals("Back at 2 pm"));

        assertThat(bobsConsole.setPresence(Status.DO_NOT_DISTURB, Optional.of("")).status()).isEqualTo(200);
        annasConsole.awaitPresence("202", "Bob not to be disturbed, no note",
                user -> user.status() == Status.DO_NOT_DISTURB && user.note().isEmpty());
        bobsConsole.awaitPresence("202", "Bob sees himself as his colleagues do",
                user -> user.status() == Status.DO_NOT_DISTURB);
    }

    @Test
    void aPhoneThatRegisters_makesItsUserAvailable_andOfflineWhenItGoesAway() {
        ConsoleTestClient annasConsole = loggedIn(anna, true);
        annasConsole.awaitPresence("205", "205 offline while its phone is not registered",
                user -> user.status() == Status.OFFLINE);
        List<AmiMessage> events = ScriptedPbx.fresh("phone-unregister");
        int removed = events.indexOf(events.stream().filter(e -> e.get("ContactStatus").orElse("")
                .equals("Removed")).findFirst().orElseThrow());

        reception.server.emit(events.subList(0, removed));
        annasConsole.awaitPresence("205", "205 available once its phone registered",
                user -> user.status() == Status.AVAILABLE);

        reception.server.emit(events.subList(removed, events.size()));
        annasConsole.awaitPresence("205", "205 offline once its phone went away",
                user -> user.status() == Status.OFFLINE);
    }

    @Test
    void afterARestartOfThePresenceService_theColleagueIsSeenAsSheStatedAgain() {
        ConsoleTestClient annasConsole = loggedIn(anna, true);
        ConsoleTestClient bobsConsole = loggedIn(bob, true);
        bobsConsole.setPresence(Status.BUSY, Optional.of("Inventory"));
        // the restart follows at once: a change still in flight must survive it (the restart is a barrier on the lanes)
        annasConsole.awaitPresence("202", "Bob busy", user -> user.status() == Status.BUSY);
        long listings = fullListings(annasConsole);

        presence.restart("ConsolePresenceIT");

        Await.until("a new full listing after the restart", () -> fullListings(annasConsole) > listings,
                ConsoleTestClient.PATIENCE);
        annasConsole.awaitPresence("202", "Bob busy with his note after the restart",
                user -> user.status() == Status.BUSY && user.note().equals("Inventory"));
        Await.until("Bob's console login back", () -> presence.logins(new UserId("202")).stream()
                .anyMatch(login -> login.origin().startsWith("console:")), ConsoleTestClient.PATIENCE);
    }

    private static long fullListings(ConsoleTestClient console) {
        return console.updates().stream().filter(update -> update instanceof PresenceUpdate listing && listing.full())
                .count();
    }

    @Test
    void aClientThatDidNotAskForPresence_getsNoPresenceUpdate_andSeesNoGap() {
        ConsoleTestClient oldConsole = loggedIn(anna, false);
        ConsoleTestClient bobsConsole = loggedIn(bob, true);
        bobsConsole.setPresence(Status.AWAY, Optional.empty());
        bobsConsole.awaitPresence("202", "Bob away", user -> user.status() == Status.AWAY);
        oldConsole.send(seq -> new ConsoleCommand.Resync(seq));
        oldConsole.awaitState("the state again", state -> state.seq() > 1);

        assertThat(oldConsole.updates()).noneMatch(PresenceUpdate.class::isInstance);
        assertThat(oldConsole.gaps()).isZero();
    }

    @Test
    void setPresenceToAStatusOnlyTheServerDerives_isRefusedAs400() {
        ConsoleTestClient annasConsole = loggedIn(anna, true);

        ConsoleTestClient.Answer answer = annasConsole.sendBody(ConsoleMediaTypes.COMMAND,
                "{\"command\":\"SET_PRESENCE\",\"seq\":9,\"status\":\"on-the-phone\"}".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.reason()).contains("status must be one of [available, away, busy, do-not-disturb]");
    }

    private ConsoleTestClient loggedIn(String login, boolean withPresence) {
        ConsoleTestClient client = reception.console();
        assertThat(client.logIn(login, Reception.PASSWORD, false, withPresence).status()).isEqualTo(200);
        client.awaitState("logged in", state -> state.state().equals("IDLE"));
        return client;
    }
}
