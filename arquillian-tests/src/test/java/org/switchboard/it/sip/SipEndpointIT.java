package org.switchboard.it.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.it.SiteInService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.switchboard.it.ShippedEar;
import org.switchboard.it.TestServer;
import org.switchboard.testkit.sip.SipReply;
import org.switchboard.testkit.sip.SipTarget;
import org.switchboard.testkit.sip.SipTestAgent;
import org.switchboard.testkit.sip.SipTransport;

/** The console protocol's SIP endpoint in the deployed EAR, from a SIP agent over real sockets. */
@ExtendWith(ArquillianExtension.class)
class SipEndpointIT {

    private static final String COMMAND_TYPE = "application/vnd.switchboard.command.v1+json";

    private final SipTestAgent agent = SipTestAgent.start();
    private final SipTarget server = SipTarget.local(TestServer.sipPort());

    @ArquillianResource
    ManagementClient management;

    /** OPTIONS is answered 200 only while the site takes calls: its PBX up and the console service active. */
    private SiteInService site;

    @BeforeEach
    void siteInService() {
        site = SiteInService.start(management);
    }

    @AfterEach
    void siteOutOfService() {
        site.close();
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ShippedEar.asShipped();
    }

    @AfterEach
    void stopAgent() {
        agent.close();
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void optionsIsAnswered200WithAllowAndAccept(SipTransport transport) {
        SipReply reply = agent.options(server, transport);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.items("Allow")).contains("OPTIONS");
        assertThat(reply.items("Accept")).contains(COMMAND_TYPE);
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void anUnknownMethodIsAnswered405WithTheAllowedMethods(SipTransport transport) {
        SipReply reply = agent.request("INFO", server, transport);

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.items("Allow")).contains("OPTIONS", "SUBSCRIBE", "PUBLISH").doesNotContain("INFO");
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aRequestWithAMalformedCSeqIsAnswered400WithAReason(SipTransport transport) {
        SipReply reply = agent.sendRaw(optionsWith(transport, "CSeq: one OPTIONS"), server, transport);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.reason()).isNotBlank().isNotEqualToIgnoringCase("Bad Request");
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aRequestWithoutACallIdIsAnswered400WithAReason(SipTransport transport) {
        String withoutCallId = optionsWith(transport, "CSeq: 1 OPTIONS").replaceAll("Call-ID: [^\r]*\r\n", "");

        SipReply reply = agent.sendRaw(withoutCallId, server, transport);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.reason()).containsIgnoringCase("Call-ID");
    }

    @Test
    void afterMalformedRequestsTheEndpointStillAnswers() {
        agent.sendRaw(optionsWith(SipTransport.UDP, "CSeq: x OPTIONS"), server, SipTransport.UDP);
        agent.sendRaw(optionsWith(SipTransport.TCP, "CSeq: x OPTIONS"), server, SipTransport.TCP);

        assertThat(agent.options(server, SipTransport.UDP).status()).isEqualTo(200);
        assertThat(agent.options(server, SipTransport.TCP).status()).isEqualTo(200);
    }

    /** A complete OPTIONS request from the agent to the server, with the given CSeq line. */
    private String optionsWith(SipTransport transport, String cseqLine) {
        String branch = "z9hG4bK" + UUID.randomUUID().toString().replace("-", "");
        String via = "SIP/2.0/" + transport.name() + " " + agent.target() + ";branch=" + branch;
        return "OPTIONS sip:switchboard@" + server + " SIP/2.0\r\n"
                + "Via: " + via + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:it@" + agent.target() + ">;tag=" + UUID.randomUUID().toString().substring(0, 8) + "\r\n"
                + "To: <sip:switchboard@" + server + ">\r\n"
                + "Call-ID: " + UUID.randomUUID() + "@127.0.0.1\r\n"
                + cseqLine + "\r\n"
                + "Content-Length: 0\r\n"
                + "\r\n";
    }
}
