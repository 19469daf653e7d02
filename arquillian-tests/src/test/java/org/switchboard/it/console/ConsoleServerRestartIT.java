package org.switchboard.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.it.ScriptedPbx;
import org.switchboard.it.ShippedEar;
import org.switchboard.it.TestServer;
import org.switchboard.pbx.scripted.AmiAccount;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.pbx.scripted.LiveOffice;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.protocol.CommandName;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.LineNo;
import org.switchboard.protocol.StateUpdate;
import org.switchboard.runtime.JmxRegistration;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * The server restarted under a logged-in console, from outside (the test runs in the test JVM, the scripted PBX
 * and the console beside it): Arquillian cannot restart the WildFly it manages in the middle of a test, so the
 * application is redeployed, which stops and starts everything of the console (SIP stack, sessions, AMI
 * connection) while the database and the PBX carry on. The client's connection drops; it connects and logs in
 * again and finds the call that kept waiting in its queue.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleServerRestartIT {

    private static final String DEPLOYMENT = "switchboard";
    private static final Duration RESTART = Duration.ofSeconds(60);

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return ShippedEar.asShipped();
    }

    @ArquillianResource
    Deployer deployer;

    @ArquillianResource
    ManagementClient management;

    @Test
    void aLoggedInConsole_losesItsConnectionWithTheServer_logsInAgain_andGetsTheCallStillWaiting() throws Exception {
        deployer.deploy(DEPLOYMENT);
        try (ScriptedAmiServer server = scriptedPbx()) {
            LiveOffice office = server.office().answerOnCommand();
            String login = createReceptionist();
            awaitSipEndpoint();
            ConsoleTestClient before = ConsoleTestClient.connect(TestServer.sipPort());
            assertThat(before.logIn(login, Reception.PASSWORD, true).status()).isEqualTo(200);
            before.awaitState("idle and paused", state -> state.state().equals("IDLE") && state.paused(), RESTART);
            Await.until("her phone paused in her queues on the PBX", () -> pausedIn(server, "PersonalQueue202")
                    && pausedIn(server, "GeneralQueue"), RESTART);
            LiveOffice.Caller caller = office.trunkCallsQueue("9202");
            before.awaitState("the call waiting", Reception.waiting(caller.callId()), RESTART);

            deployer.undeploy(DEPLOYMENT);

            Await.until("the console's connection dropped", before::closedByServer, RESTART);
            before.state().flatMap(StateUpdate::loggedOut).ifPresent(out -> assertThat(out.reason())
                    .isEqualTo(StateUpdate.LoggedOut.Reason.SERVER));
            before.close();
            assertThat(office.alive(caller.channel())).as("the caller still waiting on the PBX").isTrue();

            deployer.deploy(DEPLOYMENT);
            awaitSipEndpoint();
            try (ConsoleTestClient after = ConsoleTestClient.connect(TestServer.sipPort())) {
                assertThat(after.logIn(login, Reception.PASSWORD, true).status()).isEqualTo(200);
                StateUpdate waiting = after.awaitState("the call still waiting, after the restart",
                        Reception.waiting(caller.callId()), RESTART);
                assertThat(waiting.state()).isEqualTo("IDLE");
                assertThat(waiting.waiting()).filteredOn(entry -> entry.callId().equals(caller.callId()))
                        .singleElement().satisfies(entry -> assertThat(entry.number())
                                .isEqualTo(LiveOffice.CALLER_NUMBER));

                after.awaitState("the take back offered (her phone's state read from the PBX again)",
                        update -> update.allowed().contains(CommandName.TAKE_BACK), RESTART);
                ConsoleTestClient.Answer takeBack = after.send(seq -> new ConsoleCommand.TakeBack(seq, caller.callId()));
                assertThat(takeBack.status()).as(takeBack.reason()).isEqualTo(200);
                after.awaitState("the call ringing her phone", Reception.in("NEW_INCOMING", LineNo.ONE,
                        caller.callId(), "IN_RING"));
                office.phone("202").answer();
                after.awaitState("talking with the caller", Reception.in("CONVERSATION", LineNo.ONE,
                        caller.callId(), "CONVERSATION"));
                office.hangUp(caller);
                after.awaitState("idle", Reception.idleWithout(caller.callId()));
                after.send(seq -> new ConsoleCommand.LogOut(seq));
            }
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }

    /**
     * Her phone is a paused member of the queue on the PBX: the recorded office has it as an available static member
     * until her pause is through (which, when she logged in before the server reached the PBX, is only once it has).
     */
    private static boolean pausedIn(ScriptedAmiServer pbx, String queue) {
        return pbx.state().queueStatus(queue, "PJSIP/202").stream()
                .anyMatch(item -> item.type().equals("QueueMember") && item.getOr("Paused", "").equals("1"));
    }

    /** The scripted PBX on the port the server under test reaches (the failsafe execution's environment). */
    private static ScriptedAmiServer scriptedPbx() {
        return ScriptedPbx.withSipSide(ScriptedAmiServer.startOn(AmiAccount.of(System.getenv("SWB_AMI_USER"), System.getenv("SWB_AMI_SECRET")),
                Clock.systemUTC(), Integer.parseInt(System.getenv("SWB_AMI_PORT")))
                .seed(AmiTrace.recorded("startup-sync")));
    }

    private String createReceptionist() throws Exception {
        String login = "desk202-" + UUID.randomUUID().toString().substring(0, 8);
        try (JMXConnector jmx = JMXConnectorFactory.connect(management.getRemoteJMXURL())) {
            jmx.getMBeanServerConnection().invoke(JmxRegistration.nameOf("Receptionists"), "createReceptionist",
                new Object[] {login, "Desk 202", Reception.PASSWORD, "PJSIP/202", "202", "PersonalQueue202",
                        "GeneralQueue"},
                new String[] {String.class.getName(), String.class.getName(), String.class.getName(),
                        String.class.getName(), String.class.getName(), String.class.getName(), String.class.getName()});
        }
        return login;
    }

    /**
     * The SIP endpoint answers OPTIONS. The server may not be connected to the PBX yet, so the log in may come before
     * the PBX is synchronised: the console then joins her queues and sees the calls waiting there once it is.
     */
    private static void awaitSipEndpoint() {
        TestServer.awaitSipEndpoint(RESTART);
    }
}
