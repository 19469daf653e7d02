package org.switchboard.sip.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.switchboard.sip.RawRequest;
import org.switchboard.testkit.sip.SipTarget;
import org.switchboard.testkit.sip.SipTransport;

class RequestScreenTest {

    private final RequestScreen screen = new RequestScreen();
    private final RawRequest request = RawRequest.options(SipTarget.local(5060), SipTransport.UDP);

    @Test
    void givenAWellFormedRequest_thenItPasses() {
        assertThat(inspect(request.text())).isEqualTo(ScreenVerdict.PASS);
    }

    @Test
    void givenAResponse_thenItPassesForTheStackToJudge() {
        assertThat(inspect("SIP/2.0 200 OK\r\nGarbage\r\n\r\n")).isEqualTo(ScreenVerdict.PASS);
    }

    @Test
    void givenAKeepAlive_thenItPasses() {
        assertThat(inspect("\r\n\r\n")).isEqualTo(ScreenVerdict.PASS);
    }

    @Test
    void givenAMalformedOptionalHeader_thenItPassesAsTheStackKeepsItUnparsed() {
        assertThat(inspect(request.with("Max-Forwards", "many").text())).isEqualTo(ScreenVerdict.PASS);
    }

    @Test
    void givenAMalformedCSeq_thenItIsAnsweredWithA400CopyingTheRequestsHeaders() {
        ScreenVerdict verdict = inspect(request.with("CSeq", "one OPTIONS").text());

        assertThat(verdict).isInstanceOf(ScreenVerdict.Answer.class);
        String response = new String(((ScreenVerdict.Answer) verdict).response(), StandardCharsets.ISO_8859_1);
        assertThat(response).startsWith("SIP/2.0 400 Malformed CSeq header\r\n")
                .contains("\r\nVia: SIP/2.0/UDP 127.0.0.1:9;rport;branch=z9hG4bK" + request.callId() + "\r\n")
                .contains("\r\nCall-ID: " + request.callId() + "\r\n")
                .contains("\r\nCSeq: one OPTIONS\r\n")
                .containsPattern("\r\nTo: <sip:switchboard@127.0.0.1>;tag=[0-9a-f]+\r\n")
                .endsWith("\r\nContent-Length: 0\r\n\r\n");
        assertThat(verdict.callId()).hasValue(request.callId());
    }

    @Test
    void givenCompactHeaderNames_thenTheAnswerCopiesThemUnderTheirLongNames() {
        String raw = "OPTIONS sip:x@127.0.0.1 SIP/2.0\r\n"
                + "v: SIP/2.0/UDP 127.0.0.1:9;branch=z9hG4bKc1\r\n"
                + "f: <sip:a@127.0.0.1>;tag=1\r\n"
                + "t: <sip:x@127.0.0.1>;tag=kept\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "l: 0\r\n\r\n";

        ScreenVerdict verdict = inspect(raw);

        assertThat(reason(verdict)).isEqualTo("Missing Call-ID header");
        String response = new String(((ScreenVerdict.Answer) verdict).response(), StandardCharsets.ISO_8859_1);
        assertThat(response).contains("\r\nVia: SIP/2.0/UDP 127.0.0.1:9;branch=z9hG4bKc1\r\n")
                .contains("\r\nTo: <sip:x@127.0.0.1>;tag=kept\r\n")
                .doesNotContain("\r\nCall-ID:");
    }

    @Test
    void givenEachRequiredHeaderMissing_thenTheReasonNamesIt() {
        assertThat(reason(inspect(request.without("Call-ID").text()))).isEqualTo("Missing Call-ID header");
        assertThat(reason(inspect(RawRequest.options(SipTarget.local(5060), SipTransport.UDP).without("CSeq").text())))
                .isEqualTo("Missing CSeq header");
        assertThat(reason(inspect(RawRequest.options(SipTarget.local(5060), SipTransport.UDP).without("To").text())))
                .isEqualTo("Missing To header");
        assertThat(reason(inspect(RawRequest.options(SipTarget.local(5060), SipTransport.UDP).without("From").text())))
                .isEqualTo("Missing From header");
    }

    @Test
    void givenAGarbageRequestLine_thenTheReasonSaysSo() {
        assertThat(reason(inspect(request.startLine("HELLO THERE").text()))).isEqualTo("Malformed request line");
    }

    @Test
    void givenNoVia_thenItIsDroppedBecauseThereIsNowhereToAnswer() {
        ScreenVerdict verdict = inspect(request.without("Via").text());

        assertThat(verdict).isInstanceOf(ScreenVerdict.Drop.class);
        assertThat(((ScreenVerdict.Drop) verdict).reason()).isEqualTo("Missing Via header; no Via to answer to");
    }

    @Test
    void givenAMalformedAck_thenItIsDroppedBecauseAnAckIsNeverAnswered() {
        String ack = request.startLine("ACK sip:switchboard@127.0.0.1 SIP/2.0").with("CSeq", "1 ACK").without("Call-ID")
                .text();

        assertThat(inspect(ack)).isInstanceOf(ScreenVerdict.Drop.class);
    }

    @Test
    void givenADatagramShorterThanItsContentLength_thenItIsAnswered() {
        assertThat(reason(inspect(request.body("hello", "6").text())))
                .isEqualTo("Content-Length 6 exceeds the body of 5 bytes");
    }

    @Test
    void givenOnlyTheHeadersOfAStreamMessage_thenTheBodyLengthIsNotJudged() {
        String headers = request.body("", "50").text();

        assertThat(screen.inspect(headers.getBytes(StandardCharsets.UTF_8), false)).isEqualTo(ScreenVerdict.PASS);
    }

    private ScreenVerdict inspect(String raw) {
        return screen.inspect(raw.getBytes(StandardCharsets.UTF_8), true);
    }

    private static String reason(ScreenVerdict verdict) {
        assertThat(verdict).isInstanceOf(ScreenVerdict.Answer.class);
        return ((ScreenVerdict.Answer) verdict).reason();
    }
}
