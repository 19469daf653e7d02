package org.switchboard.health.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.switchboard.health.model.PbxSelfTest.Answer;

/** The self test's verdict from its two answers. */
class PbxSelfTestTest {

    private static final Instant AT = Instant.parse("2026-11-26T12:00:00Z");
    private static final Duration TOOK = Duration.ofMillis(5);
    private static final Answer OK_SIP = new Answer.Answered("200 OK", Duration.ofMillis(3));
    private static final Answer PONG = new Answer.Answered("Pong", Duration.ofMillis(2));
    private static final Answer SILENT = new Answer.Silent(Duration.ofSeconds(2));

    @Test
    void givenBothAnswered_whenRead_thenOk() {
        ProbeReading reading = PbxSelfTest.reading("pbx:5060", OK_SIP, PONG, AT, TOOK);

        assertThat(reading.level()).isEqualTo(ProbeLevel.OK);
        assertThat(reading.value()).isEqualTo("SIP pbx:5060: 200 OK in 3 ms; AMI: Pong in 2 ms");
    }

    @Test
    void givenEitherSilent_whenRead_thenFailedNamingIt() {
        assertThat(PbxSelfTest.reading("pbx:5060", SILENT, PONG, AT, TOOK).detail())
                .isEqualTo("SIP OPTIONS to pbx:5060: no answer within 2000 ms");
        assertThat(PbxSelfTest.reading("pbx:5060", OK_SIP, SILENT, AT, TOOK).detail())
                .isEqualTo("AMI Ping: no answer within 2000 ms");
        assertThat(PbxSelfTest.reading("pbx:5060", new Answer.Broken("OPTIONS failed: PortUnreachableException"),
                new Answer.NotAsked("no AMI login"), AT, TOOK).level()).isEqualTo(ProbeLevel.FAILED);
    }

    @Test
    void givenAPartNotAsked_whenTheOtherAnswered_thenUnknownSayingWhy() {
        ProbeReading reading = PbxSelfTest.reading("-", new Answer.NotAsked("no PBX SIP address"), PONG, AT, TOOK);

        assertThat(reading.level()).isEqualTo(ProbeLevel.UNKNOWN);
        assertThat(reading.detail()).isEqualTo("SIP not asked: no PBX SIP address");
    }
}
