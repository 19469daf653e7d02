package org.switchboard.it.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.health.ProbeCheck;
import org.switchboard.health.model.Probe;
import org.switchboard.health.model.ProbeLevel;
import org.switchboard.health.model.ProbeReading;
import org.switchboard.it.ShippedEar;
import org.switchboard.testkit.Await;

/**
 * With the demo PBX, the PBX self test asks the demo as it asks an Asterisk: OPTIONS to the demo's SIP side and an
 * AMI Ping over the server's link to the demo; both answer, so it reads OK.
 */
@Tag("demo")
@ExtendWith(ArquillianExtension.class)
class DemoPbxSelfTestIT {

    private static final Duration LINK_UP = Duration.ofSeconds(60);

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(DemoPbxSelfTestIT.class);
    }

    @Inject
    @Any
    Instance<ProbeCheck> checks;

    @Test
    void givenTheDemoPbx_whenSelfTestRuns_thenBothItsSipSideAndItsAmiAnswer() {
        ProbeCheck selfTest = checks.stream().filter(check -> check.probe() == Probe.SIP_SELF_TEST).findFirst()
                .orElseThrow();

        ProbeReading reading = Await.value("an OK self test of the demo PBX", () -> {
            ProbeReading now = selfTest.check(Instant.now());
            return Optional.of(now).filter(r -> r.level() == ProbeLevel.OK);
        }, LINK_UP);

        System.out.println("PROBE SIP_SELF_TEST with the demo PBX: " + reading.value());
        assertThat(reading.value()).startsWith("SIP 127.0.0.1:").contains("200 OK in").contains("AMI: Pong in");
    }
}
