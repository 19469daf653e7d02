package org.switchboard.health.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AvailabilityVerdictTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final List<Probe> INSTALLED = List.of(Probe.SIP_SELF_TEST, Probe.CONSOLE_AVAILABILITY, Probe.MEMORY);

    private final Map<Probe, ProbeReading> latest = new EnumMap<>(Probe.class);

    @Test
    void givenEveryCriticalProbeOkAndNoFencing_thenItTakesCalls() {
        allOk();

        assertThat(AvailabilityVerdict.decide(INSTALLED, latest, FencingStance.NONE)).isEqualTo(Availability.AVAILABLE);
    }

    @Test
    void givenTheFlagsRefuse_thenTheirReasonWins_evenOverAFailedProbe() {
        allOk();
        latest.put(Probe.SIP_SELF_TEST, reading(Probe.SIP_SELF_TEST, ProbeLevel.FAILED, "no answer to OPTIONS in 2 s"));
        FencingStance stonith = new FencingStance(Optional.of("STONITH: the secondary site-b demands that this primary stay down"),
                Optional.empty());

        assertThat(AvailabilityVerdict.decide(INSTALLED, latest, stonith))
                .isEqualTo(Availability.unavailable("STONITH: the secondary site-b demands that this primary stay down"));
    }

    @Test
    void givenACriticalProbeFailed_thenItRefusesNamingTheProbeAndItsDetail() {
        allOk();
        latest.put(Probe.SIP_SELF_TEST, reading(Probe.SIP_SELF_TEST, ProbeLevel.FAILED, "no answer to OPTIONS in 2 s"));

        assertThat(AvailabilityVerdict.decide(INSTALLED, latest, FencingStance.NONE)).isEqualTo(
                Availability.unavailable("critical probe PBX self test failed: no answer to OPTIONS in 2 s"));
    }

    @Test
    void givenANonCriticalProbeFailed_thenItStillTakesCalls() {
        allOk();
        latest.put(Probe.MEMORY, reading(Probe.MEMORY, ProbeLevel.FAILED, "97 % used"));

        assertThat(AvailabilityVerdict.decide(INSTALLED, latest, FencingStance.NONE).takesCalls()).isTrue();
    }

    @Test
    void givenACriticalProbeWarns_thenItStillTakesCalls() {
        allOk();
        latest.put(Probe.CONSOLE_AVAILABILITY, reading(Probe.CONSOLE_AVAILABILITY, ProbeLevel.WARNING, "slow"));

        assertThat(AvailabilityVerdict.decide(INSTALLED, latest, FencingStance.NONE).takesCalls()).isTrue();
    }

    @Test
    void givenACriticalProbeCannotTell_thenItRefusesSayingSo() {
        allOk();
        latest.put(Probe.CONSOLE_AVAILABILITY,
                reading(Probe.CONSOLE_AVAILABILITY, ProbeLevel.UNKNOWN, "starting: the PBX link is CONNECTING"));

        assertThat(AvailabilityVerdict.decide(INSTALLED, latest, FencingStance.NONE)).isEqualTo(Availability.unavailable(
                "critical probe console availability cannot tell: starting: the PBX link is CONNECTING"));
    }

    @Test
    void givenACriticalProbeNeverRan_thenItRefusesAsStarting() {
        latest.put(Probe.CONSOLE_AVAILABILITY, reading(Probe.CONSOLE_AVAILABILITY, ProbeLevel.OK, ""));

        assertThat(AvailabilityVerdict.decide(INSTALLED, latest, FencingStance.NONE))
                .isEqualTo(Availability.unavailable("starting: critical probe PBX self test not known yet"));
    }

    @Test
    void givenACriticalProbeThatIsNotInstalled_thenItIsNeitherAwaitedNorFailed() {
        latest.put(Probe.CONSOLE_AVAILABILITY, reading(Probe.CONSOLE_AVAILABILITY, ProbeLevel.OK, ""));

        assertThat(AvailabilityVerdict.decide(List.of(Probe.CONSOLE_AVAILABILITY), latest, FencingStance.NONE).takesCalls())
                .isTrue();
    }

    @Test
    void givenTheStartBarrierHolds_thenItRefusesUntilThePeerIsHeard() {
        allOk();
        FencingStance waiting = new FencingStance(Optional.empty(),
                Optional.of("waiting up to PT15S for the status of the secondary"));

        assertThat(AvailabilityVerdict.decide(INSTALLED, latest, waiting)).isEqualTo(
                Availability.unavailable("starting: waiting up to PT15S for the status of the secondary"));
    }

    @Test
    void describesTheVerdictAsJmxAndThePagesShowIt() {
        assertThat(AvailabilityVerdict.describe(Availability.AVAILABLE)).isEqualTo("available");
        assertThat(AvailabilityVerdict.describe(Availability.unavailable("SMITH: deactivated by the operator")))
                .isEqualTo("refusing: SMITH: deactivated by the operator");
    }

    private void allOk() {
        INSTALLED.forEach(probe -> latest.put(probe, reading(probe, ProbeLevel.OK, "")));
    }

    private static ProbeReading reading(Probe probe, ProbeLevel level, String detail) {
        return new ProbeReading(probe, level, "value", detail, NOW, Duration.ofMillis(3));
    }
}
