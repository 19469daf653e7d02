package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.logging.CapturedLog;
import org.switchboard.testkit.logging.LogCapture;
import org.switchboard.testkit.sip.SipReply;
import org.switchboard.testkit.sip.SipTestAgent;
import org.switchboard.testkit.sip.SipTransport;

/**
 * Requests the stack cannot use get a 400 with a reason, over UDP and TCP. One endpoint serves the whole
 * class: it keeps no state between requests, each test sends its own Call-ID, and the endpoint answering
 * every test after the previous one's bad input is part of what is tested. Starting one per test would add
 * two seconds to each (JAIN-SIP sleeps a second on stop).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedRequestTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private EndpointUnderTest server;
    private SipTestAgent agent;

    @BeforeAll
    void start() {
        server = EndpointUnderTest.start();
        agent = SipTestAgent.start();
    }

    @AfterAll
    void stop() {
        agent.close();
        server.close();
    }

    static Stream<Arguments> malformedRequests() {
        return Stream.of(SipTransport.values()).flatMap(transport -> Stream.of(
                Arguments.of(transport, "a malformed CSeq", edit(r -> r.with("CSeq", "one OPTIONS")),
                        "Malformed CSeq header"),
                Arguments.of(transport, "a malformed Content-Length", edit(r -> r.with("Content-Length", "ten")),
                        "Malformed Content-Length header"),
                Arguments.of(transport, "no Call-ID", edit(r -> r.without("Call-ID")), "Missing Call-ID header"),
                Arguments.of(transport, "no CSeq", edit(r -> r.without("CSeq")), "Missing CSeq header"),
                Arguments.of(transport, "no From", edit(r -> r.without("From")), "Missing From header"),
                Arguments.of(transport, "a garbage request line", edit(r -> r.startLine("HELLO THERE")),
                        "Malformed request line"),
                Arguments.of(transport, "a CSeq for another method", edit(r -> r.with("CSeq", "1 INVITE")),
                        "CSeq method INVITE differs from request method OPTIONS")));
    }

    private static UnaryOperator<RawRequest> edit(UnaryOperator<RawRequest> edit) {
        return edit;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("malformedRequests")
    void givenAMalformedRequest_then400WithAReasonCopyingItsHeaders(SipTransport transport, String problem,
            UnaryOperator<RawRequest> breakIt, String reason) {
        RawRequest request = breakIt.apply(RawRequest.options(server.target(), transport));

        SipReply reply = agent.sendRaw(request.text(), server.target(), transport);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.reason()).isEqualTo(reason);
        assertThat(reply.header("Via")).hasValueSatisfying(via -> assertThat(via).contains(request.callId()));
        assertThat(reply.header("To")).hasValueSatisfying(to -> assertThat(to).contains(";tag="));
    }

    @Test
    void givenADatagramShorterThanItsContentLength_then400SayingSo() {
        RawRequest request = RawRequest.options(server.target(), SipTransport.UDP).body("hello", "50");

        SipReply reply = agent.sendRaw(request.text(), server.target(), SipTransport.UDP);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.reason()).isEqualTo("Content-Length 50 exceeds the body of 5 bytes");
        assertThat(reply.header("Call-ID")).hasValue(request.callId());
    }

    @Test
    void givenAMalformedRequestWithoutBodyOnTcp_thenTheConnectionServesTheNextRequest() {
        RawRequest bad = RawRequest.options(server.target(), SipTransport.TCP).without("Call-ID");
        RawRequest good = RawRequest.options(server.target(), SipTransport.TCP);

        List<SipReply> replies = agent.sendRaw(bad.text() + good.text(), server.target(), SipTransport.TCP, 2);

        assertThat(replies).extracting(SipReply::status).containsExactly(400, 200);
        assertThat(replies.get(1).header("Call-ID")).hasValue(good.callId());
    }

    @Test
    void givenAMalformedContentLengthOnTcp_thenTheConnectionIsClosedAfterThe400() {
        RawRequest bad = RawRequest.options(server.target(), SipTransport.TCP).body("hello", "five");
        RawRequest next = RawRequest.options(server.target(), SipTransport.TCP);

        assertThatThrownBy(() -> agent.sendRaw(bad.text() + next.text(), server.target(), SipTransport.TCP, 2))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("closed the connection after [400 Malformed Content-Length header]");
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void givenGarbageWithoutHeaders_thenNoAnswerAndOneWarningNamingTheSource(SipTransport transport) {
        try (LogCapture log = LogCapture.of("org.switchboard.sip")) {
            assertThatThrownBy(() -> agent.sendRaw("\u0001\u0002garbage " + transport + "\r\n\r\n", server.target(),
                    transport, Duration.ofMillis(500))).isInstanceOf(AssertionError.class);

            CapturedLog warning = Await.value("the warning about the garbage",
                    () -> log.matching(r -> r.message().contains("SWB9004")).stream().findFirst(), PATIENCE);
            assertThat(warning.level()).isEqualTo("WARN");
            assertThat(warning.message()).contains("SWB9004").contains(transport.name().toLowerCase() + " 127.0.0.1:");
            assertThat(log.matching(r -> r.message().contains("SWB9004"))).hasSize(1);
        }
        assertThat(agent.options(server.target(), transport).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void givenAMalformedRequest_thenOneWarningWithItsCallIdInTheMdc(SipTransport transport) {
        try (LogCapture log = LogCapture.of("org.switchboard.sip")) {
            RawRequest request = RawRequest.options(server.target(), transport).with("CSeq", "x");

            agent.sendRaw(request.text(), server.target(), transport);

            List<CapturedLog> warnings = log.matching(r -> r.mdc("sip").equals(request.callId()));
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0).message()).contains("SWB9003").contains("Malformed CSeq header");
        }
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void afterMalformedRequests_thenTheEndpointStillAnswersOptions(SipTransport transport) {
        agent.sendRaw(RawRequest.options(server.target(), transport).startLine("NONSENSE").text(), server.target(),
                transport);

        assertThat(agent.options(server.target(), transport).status()).isEqualTo(200);
    }
}
