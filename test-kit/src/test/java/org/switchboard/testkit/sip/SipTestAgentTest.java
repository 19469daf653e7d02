package org.switchboard.testkit.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class SipTestAgentTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private SipTestAgent caller;
    private SipTestAgent callee;

    @BeforeEach
    void startTwoAgents() {
        caller = SipTestAgent.start();
        callee = SipTestAgent.start();
    }

    @AfterEach
    void stopAgents() {
        caller.close();
        callee.close();
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void givenAnotherAgent_whenOptions_thenItAnswers200AndKeepsTheRequest(SipTransport transport) {
        SipReply reply = caller.options(callee.target(), transport);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(callee.awaitRequest("OPTIONS", PATIENCE).header("Via")).hasValueSatisfying(
                via -> assertThat(via).containsIgnoringCase("SIP/2.0/" + transport.name()));
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void givenABody_whenMessage_thenTheOtherAgentReceivesBodyAndContentType(SipTransport transport) {
        String text = "hello " + UUID.randomUUID();

        SipReply reply = caller.request("MESSAGE", callee.target(), transport, "text/plain", text);
        ReceivedRequest received = callee.awaitRequest("MESSAGE", PATIENCE);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(received.body()).isEqualTo(text);
        assertThat(received.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("text/plain"));
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void givenRawBytesOfAValidRequest_whenSentRaw_thenTheParsedResponseComesBack(SipTransport transport) {
        String callId = UUID.randomUUID().toString();
        String raw = "OPTIONS sip:agent@" + callee.target() + " SIP/2.0\r\n"
                + "Via: SIP/2.0/" + transport.name() + " 127.0.0.1:9;rport;branch=z9hG4bK" + callId + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:raw@127.0.0.1>;tag=raw\r\n"
                + "To: <sip:agent@127.0.0.1>\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "Content-Length: 0\r\n\r\n";

        SipReply reply = caller.sendRaw(raw, callee.target(), transport);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Call-ID")).hasValue(callId);
    }

    @Test
    void givenAPeerThatNeverAnswers_whenSentRaw_thenItFailsNamingThePeerAndTheMessage() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            SipTarget target = SipTarget.local(silent.getLocalPort());

            assertThatThrownBy(() -> caller.sendRaw("OPTIONS sip:x SIP/2.0\r\n\r\n", target, SipTransport.UDP,
                    Duration.ofMillis(200)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("udp " + target)
                    .hasMessageContaining("OPTIONS sip:x SIP/2.0")
                    .hasMessageContaining("200 ms");
        }
    }

    @Test
    void givenAPeerThatClosesTheConnection_whenSentRawOverTcp_thenItFailsSayingSo() throws Exception {
        try (ServerSocket closer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    closer.accept().close();
                } catch (Exception e) {
                    // the test fails on its own assertion if the peer misbehaves
                }
            });
            acceptor.start();

            assertThatThrownBy(() -> caller.sendRaw("OPTIONS sip:x SIP/2.0\r\n\r\n",
                    SipTarget.local(closer.getLocalPort()), SipTransport.TCP))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("closed the connection");
            acceptor.join();
        }
    }

    @Test
    void givenNoRequestArrives_whenAwaitingOne_thenItFailsNamingTheMethod() {
        assertThatThrownBy(() -> callee.awaitRequest("MESSAGE", Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("MESSAGE");
    }

    @Test
    void givenTwoRequests_whenAwaitingOneMethod_thenOnlyThatOneIsTakenFromTheInbox() {
        caller.options(callee.target(), SipTransport.UDP);
        caller.request("MESSAGE", callee.target(), SipTransport.UDP, "text/plain", "x");

        callee.awaitRequest("MESSAGE", PATIENCE);

        assertThat(callee.inbox()).extracting(ReceivedRequest::method).containsExactly("OPTIONS");
    }

    @Test
    void whenClosed_thenItsPortIsFreeForUdpAndTcp() throws Exception {
        SipTestAgent agent = SipTestAgent.start();
        int port = agent.target().port();

        agent.close();

        try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                ServerSocket tcp = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(udp.getLocalPort()).isEqualTo(tcp.getLocalPort()).isEqualTo(port);
        }
    }
}
