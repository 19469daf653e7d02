package org.switchboard.it.sip;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.health.CallAcceptance;
import org.switchboard.health.SipEndpointStatus;
import org.switchboard.health.model.ListeningPoint;
import org.switchboard.it.ShippedEar;
import org.switchboard.testkit.sip.SipReply;
import org.switchboard.testkit.sip.SipTarget;
import org.switchboard.testkit.sip.SipTestAgent;
import org.switchboard.testkit.sip.SipTransport;

/** The health hook: when the server must not take calls, OPTIONS says so with 503 and the reason. */
@ExtendWith(ArquillianExtension.class)
class CallAcceptanceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(CallAcceptanceIT.class);
    }

    @Inject
    CallAcceptance callAcceptance;

    @Inject
    SipEndpointStatus sipEndpoint;

    @AfterEach
    void takeCallsAgain() {
        callAcceptance.accept();
    }

    @Test
    void givenTheServerRefusesCalls_thenOptionsIsAnswered503WithTheReason_andAgain200OnceItAccepts() {
        SipTarget server = udpEndpoint();
        try (SipTestAgent agent = SipTestAgent.start()) {
            callAcceptance.refuse("SMITH: the PBX link is down");

            SipReply refused = agent.options(server, SipTransport.UDP);
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.reason()).contains("SMITH: the PBX link is down");

            callAcceptance.accept();

            assertThat(agent.options(server, SipTransport.UDP).status()).isEqualTo(200);
        }
    }

    private SipTarget udpEndpoint() {
        ListeningPoint udp = sipEndpoint.listeningPoints().stream()
                .filter(point -> point.transport().equals("udp"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the SIP endpoint reports no UDP listening point"));
        return new SipTarget(udp.host(), udp.port());
    }
}
