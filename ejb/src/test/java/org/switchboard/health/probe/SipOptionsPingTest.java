package org.switchboard.health.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.switchboard.health.model.HealthSettings;
import org.switchboard.health.model.PbxSelfTest.Answer;
import org.switchboard.pbx.scripted.AmiAccount;
import org.switchboard.pbx.scripted.ScriptedAmiServer;

/** The OPTIONS ping over real UDP sockets on 127.0.0.1: answered, nothing listening, and the Call-ID it matches. */
class SipOptionsPingTest {

    private static final Duration DEADLINE = HealthSettings.from(key -> null).pbxTimeout();

    @Test
    void givenScriptedPbx_whenAsked_thenAnsweredWith200() {
        try (ScriptedAmiServer pbx = ScriptedAmiServer.start(AmiAccount.of("console", "console-secret"))) {
            InetSocketAddress sip = pbx.startSip();

            Answer answer = SipOptionsPing.ask(InetSocketAddress.createUnresolved("127.0.0.1", sip.getPort()), DEADLINE);

            assertThat(answer).isInstanceOf(Answer.Answered.class);
            assertThat(((Answer.Answered) answer).what()).isEqualTo("200 OK");
            assertThat(((Answer.Answered) answer).took()).isLessThan(DEADLINE);
        }
    }

    @Test
    void givenNothingListeningOnThePort_whenAsked_thenBrokenBeforeTheDeadline() throws Exception {
        int port;
        try (DatagramSocket closed = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            port = closed.getLocalPort();
        }
        long start = System.nanoTime();

        Answer answer = SipOptionsPing.ask(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), DEADLINE);

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("FIGURE PBX SIP port closed (PBX stopped) detected in %d ms: %s%n", took.toMillis(), answer);
        assertThat(answer).isInstanceOf(Answer.Broken.class);
        assertThat(((Answer.Broken) answer).reason()).startsWith("OPTIONS failed: PortUnreachableException");
        assertThat(took).isLessThan(DEADLINE);
    }

    @Test
    void givenUnknownHost_whenAsked_thenBroken() {
        Answer answer = SipOptionsPing.ask(InetSocketAddress.createUnresolved("pbx.invalid", 5060), DEADLINE);

        assertThat(answer).isEqualTo(new Answer.Broken("cannot resolve pbx.invalid"));
    }

    @Test
    void givenResponses_whenCallIdRead_thenLongOrCompactForm() {
        assertThat(SipOptionsPing.callIdOf("SIP/2.0 200 OK\r\nCall-ID: abc@h\r\n\r\n")).isEqualTo("abc@h");
        assertThat(SipOptionsPing.callIdOf("SIP/2.0 200 OK\r\ni: xyz\r\n\r\n")).isEqualTo("xyz");
        assertThat(SipOptionsPing.callIdOf("SIP/2.0 200 OK\r\n\r\nCall-ID: body\r\n")).isEmpty();
    }
}
