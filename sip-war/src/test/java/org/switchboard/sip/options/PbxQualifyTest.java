package org.switchboard.sip.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.switchboard.health.model.Availability;
import org.switchboard.sip.OptionsEndpoint;
import org.switchboard.sip.RawRequest;
import org.switchboard.testkit.sip.SipReply;
import org.switchboard.testkit.sip.SipTestAgent;
import org.switchboard.testkit.sip.SipTransport;

/**
 * The PBX's qualify over real sockets: answered 200 while the site takes calls; while it refuses, left without any
 * answer (so Asterisk's ChanIsAvail fails), whereas everyone else gets the 503 with the reason.
 */
class PbxQualifyTest {

    /** Long enough for a loopback answer many times over; the request after it proves the server was not just slow. */
    private static final Duration SILENCE = Duration.ofSeconds(1);

    private SipTestAgent agent;
    private OptionsEndpoint server;

    @BeforeEach
    void start() {
        agent = SipTestAgent.start();
        server = OptionsEndpoint.start();
    }

    @AfterEach
    void stop() {
        server.close();
        agent.close();
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void givenTheSiteTakesCalls_thenTheQualifyGets200(SipTransport transport) {
        SipReply reply = agent.sendRaw(qualify(transport), server.target(), transport);

        assertThat(reply.status()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void givenTheSiteRefusesCalls_thenTheQualifyGetsNoAnswer_whileOthersGet503WithTheReason(SipTransport transport) {
        server.availability().set(Availability.unavailable("SMITH: deactivated by the operator"));

        assertThatThrownBy(() -> agent.sendRaw(qualify(transport), server.target(), transport, SILENCE))
                .isInstanceOf(AssertionError.class).hasMessageContaining("No SIP response");
        SipReply other = agent.sendRaw(RawRequest.options(server.target(), transport).text(), server.target(), transport);
        assertThat(other.status()).isEqualTo(503);
        assertThat(other.reason()).isEqualTo("SMITH: deactivated by the operator");
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void givenTheSiteTakesCallsAgain_thenTheQualifyIsAnsweredAgain(SipTransport transport) {
        server.availability().set(Availability.unavailable("starting: waiting for the secondary"));
        assertThatThrownBy(() -> agent.sendRaw(qualify(transport), server.target(), transport, SILENCE))
                .isInstanceOf(AssertionError.class);

        server.availability().set(Availability.AVAILABLE);

        assertThat(agent.sendRaw(qualify(transport), server.target(), transport).status()).isEqualTo(200);
    }

    private String qualify(SipTransport transport) {
        return RawRequest.options(server.target(), transport)
                .startLine("OPTIONS sip:" + OptionsSettings.DEFAULT_QUALIFY_USER + "@" + server.target() + " SIP/2.0")
                .with("To", "<sip:" + OptionsSettings.DEFAULT_QUALIFY_USER + "@" + server.target() + ">")
                .text();
    }
}
