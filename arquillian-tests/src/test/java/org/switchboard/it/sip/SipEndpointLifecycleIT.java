package org.switchboard.it.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.it.ShippedEar;
import org.switchboard.it.TestServer;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.sip.SipTarget;
import org.switchboard.testkit.sip.SipTestAgent;
import org.switchboard.testkit.sip.SipTransport;

/** The SIP stack starts with the application and is gone with it: ports freed, no thread left behind. */
@ExtendWith(ArquillianExtension.class)
class SipEndpointLifecycleIT {

    private static final String DEPLOYMENT = "switchboard";

    /** The endpoint answers OPTIONS: 200 while the site takes calls, 503 with the reason while it refuses (no PBX here). */
    private static final String ANSWERS = "the SIP endpoint's answer to OPTIONS";

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return ShippedEar.asShipped();
    }

    @ArquillianResource
    Deployer deployer;

    @ArquillianResource
    ManagementClient management;

    private final SipTarget server = SipTarget.local(TestServer.sipPort());

    @Test
    void givenTheApplicationUndeployed_thenItsSipPortsAreFreeAndNoStackThreadRemains() throws Exception {
        deployer.deploy(DEPLOYMENT);
        try (SipTestAgent agent = SipTestAgent.start()) {
            assertThat(agent.options(server, SipTransport.TCP).status()).as(ANSWERS).isIn(200, 503);
        }
        assertThat(sipStackThreads()).as("threads running JAIN-SIP code while deployed").isNotEmpty();

        deployer.undeploy(DEPLOYMENT);

        Await.until("no thread running JAIN-SIP code", () -> sipStackThreads().isEmpty(), Duration.ofSeconds(15));
        try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress("127.0.0.1", server.port()));
             ServerSocket tcp = new ServerSocket()) {
            tcp.bind(new InetSocketAddress("127.0.0.1", server.port()));
            assertThat(udp.getLocalPort()).isEqualTo(server.port());
            assertThat(tcp.getLocalPort()).isEqualTo(server.port());
        }
    }

    @Test
    void givenTheApplicationRedeployed_thenTheEndpointAnswersAgain() {
        deployer.deploy(DEPLOYMENT);
        deployer.undeploy(DEPLOYMENT);

        deployer.deploy(DEPLOYMENT);
        try (SipTestAgent agent = SipTestAgent.start()) {
            assertThat(agent.options(server, SipTransport.UDP).status()).as(ANSWERS).isIn(200, 503);
            assertThat(agent.options(server, SipTransport.TCP).status()).as(ANSWERS).isIn(200, 503);
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }

    /** Names of the server's threads that run JAIN-SIP code (gov.nist.*) right now. */
    private List<String> sipStackThreads() {
        ModelNode operation = new ModelNode();
        operation.get("operation").set("dump-all-threads");
        operation.get("address").add("core-service", "platform-mbean").add("type", "threading");
        operation.get("locked-monitors").set(false);
        operation.get("locked-synchronizers").set(false);
        try {
            ModelNode result = management.getControllerClient().execute(operation);
            if (!"success".equals(result.get("outcome").asString())) {
                throw new AssertionError("dump-all-threads failed: " + result);
            }
            return result.get("result").asList().stream()
                    .filter(thread -> thread.toString().contains("gov.nist."))
                    .map(thread -> thread.get("thread-name").asString())
                    .toList();
        } catch (IOException e) {
            throw new AssertionError("cannot reach the management interface", e);
        }
    }
}
