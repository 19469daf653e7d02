package org.switchboard.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.console.ConsoleService;
import org.switchboard.console.ReceptionistAccounts;
import org.switchboard.console.model.Receptionist;
import org.switchboard.it.ScriptedPbx;
import org.switchboard.it.ShippedEar;
import org.switchboard.it.TestServer;
import org.switchboard.pbx.LivePbx;
import org.switchboard.pbx.PbxLink;
import org.switchboard.pbx.ami.AmiConnection;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.protocol.CommandName;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.ConsoleMediaTypes;
import org.switchboard.protocol.LineNo;
import org.switchboard.protocol.StateUpdate;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * A receptionist's console against the deployed EAR, over real SIP on TCP, with the scripted AMI server as the
 * PBX: log in with SIP digest, a queued call followed from the queue to her phone, and every kind of bad command
 * answered with its SIP status while the session carries on.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleSessionsIT {

    private static final String PASSWORD = "s3cret-desk";

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(ConsoleSessionsIT.class);
    }

    @EJB
    LivePbx pbx;

    @EJB
    PbxLink link;

    @EJB
    ConsoleService consoles;

    @Inject
    ReceptionistAccounts accounts;

    private ScriptedAmiServer server;
    private ConsoleTestClient client;
    private String login;

    @BeforeEach
    void connect() {
        long connects = link.stats().connects();
        server = ScriptedPbx.start();
        Await.until("connected and synchronised", () -> link.stats().connects() > connects
                && link.stats().state() == AmiConnection.State.CONNECTED && !pbx.status().stale(), ScriptedPbx.SETTLE);
        login = "desk-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new Receptionist(login, "Desk Two", "PJSIP/202", "202", "PersonalQueue202",
                List.of("GeneralQueue"), true), PASSWORD);
        client = ConsoleTestClient.connect(TestServer.sipPort());
    }

    @AfterEach
    void disconnect() {
        if (client.session().isPresent() && !client.closedByServer()) {
            client.send(seq -> new ConsoleCommand.LogOut(seq));
        }
        client.close();
        server.close();
    }

    @Test
    void aReceptionist_logsInWithDigest_andGetsHerWholeState() {
        ConsoleTestClient.Answer answer = client.logIn(login, PASSWORD);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.session()).isPresent();
        StateUpdate idle = client.awaitState("idle", state -> state.state().equals("IDLE"));
        assertThat(idle.session()).isEqualTo(answer.session().get());
        assertThat(idle.receptionist().login()).isEqualTo(login);
        assertThat(idle.allowed()).contains(CommandName.DIAL, CommandName.PAUSE, CommandName.LOG_OUT)
                .doesNotContain(CommandName.HOLD, CommandName.COUPLE);
        Await.until("the phones", () -> client.phones().containsKey("202"), ConsoleTestClient.PATIENCE);
        assertThat(consoles.sessions()).anySatisfy(s -> assertThat(s.login()).isEqualTo(login));
    }

    @Test
    void wrongCredentials_areRefusedWith403() {
        assertThat(client.logIn(login, "not-the-password").status()).isEqualTo(403);
        assertThat(client.logIn("nobody-" + login, PASSWORD).status()).isEqualTo(403);
    }

    @Test
    void aQueuedCall_isFollowedFromTheQueueToTheReceptionistsPhone() {
        client.logIn(login, PASSWORD);
        client.awaitState("idle", state -> state.state().equals("IDLE"));
        List<AmiMessage> events = ScriptedPbx.fresh("incoming-queue-answered-202");
        String call = ScriptedPbx.firstCallId(events);
        int ringing = indexOf(events, e -> e.type().equals("DialBegin")
                && e.get("DestChannel").orElse("").startsWith("PJSIP/202"));
        int hungUp = indexOf(events, e -> e.type().equals("Hangup")
                && e.get("Channel").orElse("").startsWith("PJSIP/202"));

        server.emit(events.subList(0, ringing));
        StateUpdate queued = client.awaitState("the call waiting", state -> state.waiting().stream()
                .anyMatch(entry -> entry.callId().equals(call)));
        assertThat(queued.waiting().get(0).queue()).contains("GeneralQueue");

        server.emit(events.subList(ringing, hungUp));
        StateUpdate talking = client.awaitState("in conversation on line 1", state -> state.state()
                .equals("CONVERSATION"));
        StateUpdate.CallEntry entry = talking.line(LineNo.ONE).call().orElseThrow();
        assertThat(entry.callId()).isEqualTo(call);
        assertThat(entry.history()).extracting(StateUpdate.HistoryEntry::trigger)
                .containsExactly("ANSWERED", "RINGING", "QUEUED");
        assertThat(talking.allowed()).contains(CommandName.HOLD, CommandName.PARK, CommandName.HANG_UP);

        server.emit(events.subList(hungUp, events.size()));
        client.awaitState("idle again, the call gone", state -> state.state().equals("IDLE")
                && state.line(LineNo.ONE).call().isEmpty());
    }

    private static int indexOf(List<AmiMessage> events, java.util.function.Predicate<AmiMessage> which) {
        for (int i = 0; i < events.size(); i++) {
            if (which.test(events.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event in the recording");
    }

    @Test
    void badCommands_getTheirSipAnswers_andTheSessionCarriesOn() {
        client.logIn(login, PASSWORD);
        client.awaitState("idle", state -> state.state().equals("IDLE"));

        ConsoleTestClient.Answer outOfState = client.send(seq -> new ConsoleCommand.Hold(seq, LineNo.ONE));
        assertThat(outOfState.status()).isEqualTo(403);
        assertThat(outOfState.reason()).contains("HOLD").contains("IDLE");
        assertThat(client.sendBody(ConsoleMediaTypes.COMMAND, "{\"command\":\"FLY\",\"seq\":9}".getBytes())
                .status()).isEqualTo(400);
        assertThat(client.sendBody(ConsoleMediaTypes.COMMAND, "{\"command\":\"HOLD\"".getBytes()).status())
                .isEqualTo(400);
        assertThat(client.sendBody("text/plain", "HOLD".getBytes()).status()).isEqualTo(415);
        try (ConsoleTestClient stranger = ConsoleTestClient.connect(TestServer.sipPort())) {
            assertThat(stranger.send(seq -> new ConsoleCommand.Resync(seq)).status()).isEqualTo(481);
        }

        assertThat(client.send(seq -> new ConsoleCommand.Resync(seq)).status()).isEqualTo(200);
        assertThat(client.awaitState("still idle", state -> state.state().equals("IDLE")).receptionist().login())
                .isEqualTo(login);
        assertThat(Optional.of(client.gaps())).contains(0);
    }
}
