package org.switchboard.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.management.MBeanServer;
import javax.management.ObjectName;

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
import org.switchboard.pbx.model.PbxCommand;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.StateUpdate;
import org.switchboard.runtime.JmxRegistration;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * What operators and a second client see of console sessions on the deployed EAR: the newer log in takes the
 * session over, the Consoles MBean lists the sessions, compares them with Asterisk's queues and logs one out,
 * and a bug report reaches the log, the database and the admin console.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleOperationsIT {

    private static final String PASSWORD = "s3cret-ops";
    private static final ObjectName CONSOLES = JmxRegistration.nameOf("Consoles");

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(ConsoleOperationsIT.class);
    }

    @EJB
    LivePbx pbx;

    @EJB
    PbxLink link;

    @EJB
    ConsoleService consoles;

    @Inject
    ReceptionistAccounts accounts;

    private final MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
    private ScriptedAmiServer server;
    private ConsoleTestClient first;
    private String login;

    @BeforeEach
    void connect() {
        long connects = link.stats().connects();
        server = ScriptedPbx.startReception();
        Await.until("connected and synchronised", () -> link.stats().connects() > connects
                && link.stats().state() == AmiConnection.State.CONNECTED && !pbx.status().stale(), ScriptedPbx.SETTLE);
        login = "ops-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new Receptionist(login, "Desk Ops", "PJSIP/201", "201", "PersonalQueue201",
                List.of("GeneralQueue"), true), PASSWORD);
        first = ConsoleTestClient.connect(TestServer.sipPort());
        assertThat(first.logIn(login, PASSWORD).status()).isEqualTo(200);
        first.awaitState("idle", state -> state.state().equals("IDLE"));
    }

    @AfterEach
    void disconnect() throws Exception {
        jmx.invoke(CONSOLES, "forceLogOut", new Object[] {login}, new String[] {String.class.getName()});
        first.close();
        server.close();
    }

    @Test
    void aSecondLogIn_takesTheSessionOver_andTheFirstClientIsToldWhy() {
        String session = first.session().orElseThrow();
        try (ConsoleTestClient second = ConsoleTestClient.connect(TestServer.sipPort())) {
            ConsoleTestClient.Answer answer = second.logIn(login, PASSWORD);

            assertThat(answer.session()).contains(session);
            StateUpdate replaced = first.awaitState("replaced", state -> state.loggedOut().isPresent());
            assertThat(replaced.loggedOut().get().reason()).isEqualTo(StateUpdate.LoggedOut.Reason.REPLACED);
            assertThat(second.awaitState("the whole state", state -> state.state().equals("IDLE")).session())
                    .isEqualTo(session);
            assertThat(first.send(seq -> new ConsoleCommand.Resync(seq)).status()).isEqualTo(481);
            assertThat(second.send(seq -> new ConsoleCommand.Resync(seq)).status()).isEqualTo(200);
        }
    }

    @Test
    void theConsolesMBean_listsTheSessions_checksTheQueues_andLogsOneOut() throws Exception {
        String[] sessions = (String[]) jmx.getAttribute(CONSOLES, "Sessions");
        assertThat(Arrays.stream(sessions)).anySatisfy(line -> assertThat(line).contains(login)
                .contains(first.session().orElseThrow()).contains("IDLE"));
        Await.until("the phone a member of its queues, unpaused", () -> pbx.queue("GeneralQueue").flatMap(q -> q
                .member("PJSIP/201")).map(member -> !member.paused()).orElse(false), ConsoleTestClient.PATIENCE);
        assertThat(checkQueues()).noneMatch(line -> line.startsWith(login));
        link.commands().send(new PbxCommand.QueueRemove("GeneralQueue", "PJSIP/201")).toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        Await.until("the phone taken out of GeneralQueue behind the console's back reported", () -> Arrays
                .stream(checkQueues()).anyMatch(line -> line.startsWith(login) && line.contains("GeneralQueue")
                        && line.contains("not a member")), ConsoleTestClient.PATIENCE);

        Object done = jmx.invoke(CONSOLES, "forceLogOut", new Object[] {login}, new String[] {String.class.getName()});

        assertThat(done).isEqualTo(true);
        StateUpdate end = first.awaitState("logged out by an operator", state -> state.loggedOut().isPresent());
        assertThat(end.loggedOut().get().reason()).isEqualTo(StateUpdate.LoggedOut.Reason.FORCED);
        Await.until("the session listed as logged out", () -> consoles.sessions().stream()
                .anyMatch(s -> s.login().equals(login) && s.state().equals("LOGGED_OUT")), ConsoleTestClient.PATIENCE);
        // both queues: the test took it out of GeneralQueue itself, so that one alone says nothing of the log out
        Await.until("the phone out of its queues", () -> List.of("GeneralQueue", "PersonalQueue201").stream()
                .allMatch(name -> pbx.queue(name).flatMap(q -> q.member("PJSIP/201")).isEmpty()),
                ConsoleTestClient.PATIENCE);
        assertThat(checkQueues()).noneMatch(line -> line.startsWith(login));
    }

    @Test
    void aBugReport_isStored_andShownOnTheAdminConsole() throws Exception {
        String note = "transfer failed " + UUID.randomUUID();

        assertThat(first.send(seq -> new ConsoleCommand.BugReport(seq, note, Optional.empty())).status())
                .isEqualTo(200);

        Await.until("the report stored", () -> consoles.bugReports(20).stream()
                .anyMatch(report -> report.note().equals(note) && report.login().equals(login)
                        && report.text().contains("**** Line 1 ****")), ConsoleTestClient.PATIENCE);
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                TestServer.http("/switchboard/live.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains(note).contains(login);
    }

    private String[] checkQueues() {
        try {
            return (String[]) jmx.invoke(CONSOLES, "checkQueues", new Object[0], new String[0]);
        } catch (javax.management.JMException e) {
            throw new IllegalStateException("checkQueues failed", e);
        }
    }
}
