package org.switchboard.it.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.Map;

import javax.management.JMX;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.failover.Fencing;
import org.switchboard.failover.ops.ConsoleServiceMXBean;
import org.switchboard.failover.ops.ConsoleServiceOps;
import org.switchboard.health.HealthBoard;
import org.switchboard.health.SipEndpointStatus;
import org.switchboard.health.model.ListeningPoint;
import org.switchboard.health.ops.HealthMXBean;
import org.switchboard.health.ops.HealthOps;
import org.switchboard.it.ShippedEar;
import org.switchboard.it.SiteTakingCalls;
import org.switchboard.runtime.JmxRegistration;
import org.switchboard.testkit.sip.SipReply;
import org.switchboard.testkit.sip.SipTarget;
import org.switchboard.testkit.sip.SipTestAgent;
import org.switchboard.testkit.sip.SipTransport;

/**
 * The site's verdict as OPTIONS shows it, against the real rule: the single primary takes calls once its PBX link
 * is up, its start wait is over and it is activated ({@link SiteTakingCalls}); deactivated by the operator (JMX) it SMITHs and answers 503 with the reason,
 * and leaves the PBX's qualify unanswered; activated again it answers 200.
 */
@ExtendWith(ArquillianExtension.class)
class CallAcceptanceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(CallAcceptanceIT.class);
    }

    @Inject
    HealthBoard board;

    @Inject
    Fencing fencing;

    @Inject
    SipEndpointStatus sipEndpoint;

    private final ConsoleServiceMXBean consoleService = JMX.newMXBeanProxy(ManagementFactory.getPlatformMBeanServer(),
            JmxRegistration.nameOf(ConsoleServiceOps.TYPE), ConsoleServiceMXBean.class);
    private final HealthMXBean health = JMX.newMXBeanProxy(ManagementFactory.getPlatformMBeanServer(),
            JmxRegistration.nameOf(HealthOps.TYPE), HealthMXBean.class);

    private SiteTakingCalls site;

    @BeforeEach
    void takeCalls() {
        site = SiteTakingCalls.start(board, fencing);
    }

    @AfterEach
    void stopThePbx() {
        site.close();
    }

    @Test
    void givenThePrimaryIsDeactivated_thenOptionsIs503WithTheReason_andAgain200OnceActivated() {
        SipTarget server = udpEndpoint();
        try (SipTestAgent agent = SipTestAgent.start()) {
            assertThat(agent.options(server, SipTransport.UDP).status()).isEqualTo(200);
            assertThat(consoleService.getStatus()).startsWith("active, primary, row 00??");

            String status = consoleService.deactivate();

            assertThat(status).startsWith("deactivated, primary, row 10??");
            assertThat(consoleService.getOwnFlags()).isEqualTo("10");
            assertThat(consoleService.isTakesCalls()).isFalse();
            assertThat(consoleService.getVerdict()).isEqualTo("refusing: SMITH: deactivated by the operator");
            SipReply refused = agent.options(server, SipTransport.UDP);
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.reason()).isEqualTo("SMITH: deactivated by the operator");

            consoleService.activate();

            assertThat(consoleService.getOwnFlags()).isEqualTo("00");
            assertThat(agent.options(server, SipTransport.UDP).status()).isEqualTo(200);
        }
    }

    @Test
    void givenThePrimaryRefuses_thenThePbxQualifyGetsNoAnswer_untilItIsActivated() {
        SipTarget server = udpEndpoint();
        try (SipTestAgent agent = SipTestAgent.start()) {
            consoleService.deactivate();

            assertThatThrownBy(() -> agent.request("OPTIONS", "npa10001", server, SipTransport.UDP, Map.of(), null, null))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("No final response");
            assertThat(agent.options(server, SipTransport.UDP).status()).as("everyone else gets the 503").isEqualTo(503);

            consoleService.activate();

            assertThat(agent.request("OPTIONS", "npa10001", server, SipTransport.UDP, Map.of(), null, null).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void healthShowsTheConsoleAvailabilityProbe_withItsImpactCauseAndAction() {
        assertThat(health.getProbes()).anySatisfy(line -> assertThat(line).startsWith("console availability OK AMI CONNECTED"));
        assertThat(health.history("CONSOLE_AVAILABILITY")).isNotEmpty();
        assertThat(health.probeDetails("CONSOLE_AVAILABILITY")).contains("critical").contains("impact: reception calls are refused");
    }

    private SipTarget udpEndpoint() {
        ListeningPoint udp = sipEndpoint.listeningPoints().stream()
                .filter(point -> point.transport().equals("udp"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the SIP endpoint reports no UDP listening point"));
        return new SipTarget(udp.host(), udp.port());
    }
}
