package org.switchboard.health.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ConsoleAvailabilityTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void givenTheLinkUpTheModelLiveAndSipListening_thenOk() {
        ProbeReading reading = new ConsoleAvailability("CONNECTED", true, true, false, "", Duration.ZERO, 2).reading(NOW, Duration.ZERO);

        assertThat(reading.level()).isEqualTo(ProbeLevel.OK);
        assertThat(reading.value()).isEqualTo("AMI CONNECTED, model live, SIP listening on 2 points");
    }

    @Test
    void givenTheLinkDownAfterItWasUp_thenFailedNamingEveryProblem() {
        ProbeReading reading = new ConsoleAvailability("DISCONNECTED", false, true, true, "PBX link lost", Duration.ofSeconds(1), 0)
                .reading(NOW, Duration.ZERO);

        assertThat(reading.level()).isEqualTo(ProbeLevel.FAILED);
        assertThat(reading.detail()).isEqualTo("the PBX link is DISCONNECTED; the model of the PBX is stale (PBX link lost);"
                + " the SIP endpoint is not listening");
    }

    @Test
    void givenTheLinkNeverUpSinceTheStart_thenUnknownAsStarting_notAFailure() {
        ProbeReading reading = new ConsoleAvailability("CONNECTING", false, false, true, "not synchronised yet", Duration.ZERO, 1)
                .reading(NOW, Duration.ZERO);

        assertThat(reading.level()).isEqualTo(ProbeLevel.UNKNOWN);
        assertThat(reading.detail()).startsWith("starting: the PBX link is CONNECTING");
    }

    @Test
    void givenOnlyTheSipEndpointDown_thenFailed() {
        ProbeReading reading = new ConsoleAvailability("CONNECTED", true, true, false, "", Duration.ZERO, 0).reading(NOW, Duration.ZERO);

        assertThat(reading.level()).isEqualTo(ProbeLevel.FAILED);
        assertThat(reading.detail()).isEqualTo("the SIP endpoint is not listening");
    }

    @Test
    void givenTheModelResynchronisingWithTheLinkUp_thenOnlyAWarningDuringTheGrace_thenFailed() {
        ProbeReading brief = new ConsoleAvailability("CONNECTED", true, true, true, "PBX reloaded", Duration.ofSeconds(1), 2)
                .reading(NOW, Duration.ZERO);
        ProbeReading lasting = new ConsoleAvailability("CONNECTED", true, true, true, "PBX reloaded",
                ConsoleAvailability.RESYNC_GRACE, 2).reading(NOW, Duration.ZERO);

        assertThat(brief.level()).isEqualTo(ProbeLevel.WARNING);
        assertThat(brief.detail()).isEqualTo("resynchronising for 1000 ms: the model of the PBX is stale (PBX reloaded)");
        assertThat(lasting.level()).isEqualTo(ProbeLevel.FAILED);
    }
}
