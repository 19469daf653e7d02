package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;

import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.health.model.Availability;
import org.switchboard.health.model.ListeningPoint;
import org.switchboard.protocol.ConsoleMediaTypes;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.logging.CapturedLog;
import org.switchboard.testkit.logging.LogCapture;
import org.switchboard.testkit.sip.FreePort;
import org.switchboard.testkit.sip.SipReply;
import org.switchboard.testkit.sip.SipTestAgent;
import org.switchboard.testkit.sip.SipTransport;

class SipEndpointTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private SipTestAgent agent;

    @BeforeEach
    void startAgent() {
        agent = SipTestAgent.start();
    }

    @AfterEach
    void stopAgent() {
        agent.close();
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void givenTheServerTakesCalls_whenOptions_then200WithAllowAndAccept(SipTransport transport) {
        try (EndpointUnderTest server = EndpointUnderTest.start()) {
            SipReply reply = agent.options(server.target(), transport);

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.items("Allow")).containsExactly("OPTIONS");
            assertThat(reply.items("Accept")).containsExactly(ConsoleMediaTypes.COMMAND);
        }
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void givenTheServerDoesNotTakeCalls_whenOptions_then503WithTheReason(SipTransport transport) {
        try (EndpointUnderTest server = EndpointUnderTest.start()) {
            server.availability.set(Availability.unavailable("Failing over to site-b"));

            SipReply reply = agent.options(server.target(), transport);

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.reason()).isEqualTo("Failing over to site-b");
        }
    }

    @Test
    void givenTheServerTakesCallsAgain_whenOptions_then200() {
        try (EndpointUnderTest server = EndpointUnderTest.start()) {
            server.availability.set(Availability.unavailable("PBX unreachable"));
            agent.options(server.target(), SipTransport.UDP);
            server.availability.set(Availability.AVAILABLE);

            assertThat(agent.options(server.target(), SipTransport.UDP).status()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"FOO", "SUBSCRIBE", "INVITE"})
    void whenAMethodHasNoHandler_then405ListingTheMethodsThatHaveOne(String method) {
        try (EndpointUnderTest server = EndpointUnderTest.start()) {
            SipReply reply = agent.request(method, server.target(), SipTransport.UDP);

            assertThat(reply.status()).isEqualTo(405);
            assertThat(reply.items("Allow")).containsExactly("OPTIONS");
        }
    }

    @Test
    void whenAHandlerThrows_then500WithAReasonAndTheEndpointKeepsServing() {
        try (EndpointUnderTest server = EndpointUnderTest.start(new FailingHandler("EXPLODE"))) {
            SipReply failed = agent.request("EXPLODE", server.target(), SipTransport.TCP);
            SipReply next = agent.options(server.target(), SipTransport.TCP);

            assertThat(failed.status()).isEqualTo(500);
            assertThat(failed.reason()).isEqualTo("Server error handling EXPLODE");
            assertThat(next.status()).isEqualTo(200);
        }
    }

    @Test
    void whenAHandlerThrows_thenTheFailureIsLoggedOnceWithTheCallId() {
        try (EndpointUnderTest server = EndpointUnderTest.start(new FailingHandler("EXPLODE"));
                LogCapture log = LogCapture.of("org.switchboard.sip")) {
            SipReply failed = agent.request("EXPLODE", server.target(), SipTransport.UDP);
            String callId = failed.header("Call-ID").orElseThrow();

            List<CapturedLog> errors = log.matching(r -> r.level().equals("ERROR"));
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).message()).contains("SWB9005").contains("EXPLODE");
            assertThat(errors.get(0).mdc("sip")).isEqualTo(callId);
            assertThat(errors.get(0).thrown()).hasMessage("handler bug");
        }
    }

    @Test
    void whenAHandlerReturnsNoOutcome_then500Anyway() {
        SipRequestHandler silent = new SipRequestHandler() {
            @Override
            public String method() {
                return "SILENT";
            }

            @Override
            public CompletionStage<SipOutcome> handle(InboundRequest request) {
                return null;
            }
        };
        try (EndpointUnderTest server = EndpointUnderTest.start(silent)) {
            SipReply reply = agent.request("SILENT", server.target(), SipTransport.UDP);

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.reason()).isEqualTo("Server error handling SILENT");
        }
    }

    @Test
    void whileHandlingARequest_thenTheCallIdIsInTheMdc() {
        AtomicReference<Object> seen = new AtomicReference<>();
        SipRequestHandler spy = new SipRequestHandler() {
            @Override
            public String method() {
                return "PEEK";
            }

            @Override
            public CompletionStage<SipOutcome> handle(InboundRequest request) {
                seen.set(MDC.get("sip"));
                return SipOutcome.now(new SipOutcome.Ok());
            }
        };
        try (EndpointUnderTest server = EndpointUnderTest.start(spy)) {
            SipReply reply = agent.request("PEEK", server.target(), SipTransport.UDP);

            assertThat(seen.get()).isEqualTo(reply.header("Call-ID").orElseThrow());
        }
    }

    @Test
    void whenCancel_then481BecauseEveryRequestIsAnsweredAtOnce() {
        String callId = UUID.randomUUID().toString();
        try (EndpointUnderTest server = EndpointUnderTest.start()) {
            SipReply reply = agent.sendRaw("CANCEL sip:switchboard@" + server.target() + " SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 127.0.0.1:9;rport;branch=z9hG4bK" + callId + "\r\n"
                    + "Max-Forwards: 70\r\n"
                    + "From: <sip:console@127.0.0.1>;tag=c1\r\n"
                    + "To: <sip:switchboard@127.0.0.1>\r\n"
                    + "Call-ID: " + callId + "\r\n"
                    + "CSeq: 1 CANCEL\r\n"
                    + "Content-Length: 0\r\n\r\n", server.target(), SipTransport.UDP);

            assertThat(reply.status()).isEqualTo(481);
            assertThat(reply.header("Call-ID")).hasValue(callId);
        }
    }

    @Test
    void listeningPointsAreTheBoundOnesWhileRunningAndNoneWhenStopped() {
        EndpointUnderTest server = EndpointUnderTest.start();
        int port = server.port();

        assertThat(server.endpoint().listeningPoints()).containsExactly(
                new ListeningPoint("udp", "127.0.0.1", port), new ListeningPoint("tcp", "127.0.0.1", port));
        server.close();
        assertThat(server.endpoint().listeningPoints()).isEmpty();
    }

    @Test
    void whenStopped_thenItsPortsAreFreeAndItsStackThreadsAreGone() throws Exception {
        EndpointUnderTest server = EndpointUnderTest.start();
        agent.options(server.target(), SipTransport.UDP);
        agent.options(server.target(), SipTransport.TCP);
        List<String> runningThreads = server.stackThreads().stream().map(Thread::getName).toList();

        server.close();

        assertThat(runningThreads).contains("MessageProcessorThread-UDP-127.0.0.1/" + server.port(),
                "MessageProcessorThread-TCP-127.0.0.1/" + server.port());
        server.awaitNoStackThreads(PATIENCE);
        try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()));
                ServerSocket tcp = new ServerSocket(server.port(), 1, InetAddress.getLoopbackAddress())) {
            assertThat(udp.getLocalPort()).isEqualTo(tcp.getLocalPort()).isEqualTo(server.port());
        }
    }

    @Test
    void givenTwoEndpointsInOneJvm_thenEachAnswersOnItsOwnPort() {
        try (EndpointUnderTest first = EndpointUnderTest.start(); EndpointUnderTest second = EndpointUnderTest.start()) {
            second.availability.set(Availability.unavailable("second is draining"));

            assertThat(agent.options(first.target(), SipTransport.UDP).status()).isEqualTo(200);
            assertThat(agent.options(second.target(), SipTransport.TCP).status()).isEqualTo(503);
            assertThat(first.port()).isNotEqualTo(second.port());
        }
    }

    @Test
    void givenTheTcpPortIsTaken_whenStarting_thenItFailsNamingAddressAndPortAndLeavesNothingOpen() throws Exception {
        int port = FreePort.forUdpAndTcp();
        SipEndpoint endpoint = new SipEndpoint(new SipSettings("127.0.0.1", port, port), new SipDispatcher(List.of()));
        ThreadGroup group = new ThreadGroup("failing-start-tcp");
        try (ServerSocket taken = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(taken.getLocalPort()).isEqualTo(port);
            assertThatThrownBy(() -> EndpointUnderTest.startInGroup(group, endpoint))
                    .isInstanceOf(CannotListen.class)
                    .hasMessageContaining("tcp 127.0.0.1:" + port);
        }
        assertThat(endpoint.listeningPoints()).isEmpty();
        EndpointUnderTest.awaitNoThreadsIn(group, PATIENCE);
        try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
            assertThat(udp.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void givenTheUdpPortIsTaken_whenStarting_thenItFailsNamingAddressAndPortAndLeavesNoThreads() throws Exception {
        int port = FreePort.forUdpAndTcp();
        SipEndpoint endpoint = new SipEndpoint(new SipSettings("127.0.0.1", port, port), new SipDispatcher(List.of()));
        ThreadGroup group = new ThreadGroup("failing-start-udp");
        try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
            assertThat(taken.getLocalPort()).isEqualTo(port);
            assertThatThrownBy(() -> EndpointUnderTest.startInGroup(group, endpoint))
                    .isInstanceOf(CannotListen.class)
                    .hasMessageContaining("udp 127.0.0.1:" + port);
        }
        EndpointUnderTest.awaitNoThreadsIn(group, PATIENCE);
    }

    private record FailingHandler(String method) implements SipRequestHandler {
        @Override
        public CompletionStage<SipOutcome> handle(InboundRequest request) {
            throw new IllegalStateException("handler bug");
        }
    }
}
