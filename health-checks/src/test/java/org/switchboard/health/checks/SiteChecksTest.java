package org.switchboard.health.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

/**
 * The checks read whatever the health MXBean publishes, in a JMX server of their own (the real one is published by
 * the EJB module and checked by SiteVerdictIT): they follow its verdict and rounds and say when it is not there.
 */
class SiteChecksTest {

    private final MBeanServer server = MBeanServerFactory.newMBeanServer();
    private final PublishedHealth health = new PublishedHealth(server);

    @Test
    void givenTheSiteTakesCalls_thenReadinessIsUpWithTheVerdict() throws Exception {
        publish(new Published("available", true, "2026-11-26T15:00:00Z"));

        HealthCheckResponse ready = new SiteReadiness(health).call();

        assertThat(ready.getName()).isEqualTo("switchboard-takes-calls");
        assertThat(ready.getStatus()).isEqualTo(Status.UP);
        assertThat(ready.getData()).contains(Map.of("verdict", "available"));
    }

    @Test
    void givenTheSiteRefuses_thenReadinessIsDownWithTheReason() throws Exception {
        publish(new Published("refusing: SMITH: deactivated by the operator", true, "2026-11-26T15:00:00Z"));

        HealthCheckResponse ready = new SiteReadiness(health).call();

        assertThat(ready.getStatus()).isEqualTo(Status.DOWN);
        assertThat(ready.getData()).contains(Map.of("verdict", "refusing: SMITH: deactivated by the operator"));
    }

    @Test
    void givenTheRoundsRun_thenLivenessIsUpWithTheLastRound() throws Exception {
        publish(new Published("refusing: SMITH: deactivated by the operator", true, "2026-11-26T15:00:00Z"));

        HealthCheckResponse live = new SiteLiveness(health).call();

        assertThat(live.getName()).isEqualTo("switchboard-probes-running");
        assertThat(live.getStatus()).isEqualTo(Status.UP);
        assertThat(live.getData()).contains(Map.of("lastProbeRound", "2026-11-26T15:00:00Z"));
    }

    @Test
    void givenTheRoundsStopped_thenLivenessIsDown() throws Exception {
        publish(new Published("available", false, "2026-11-26T14:00:00Z"));

        assertThat(new SiteLiveness(health).call().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void givenNothingPublished_thenBothAreDownAndSaySo() {
        HealthCheckResponse ready = new SiteReadiness(health).call();
        HealthCheckResponse live = new SiteLiveness(health).call();

        assertThat(ready.getStatus()).isEqualTo(Status.DOWN);
        assertThat(ready.getData().orElseThrow().get("verdict"))
                .isEqualTo("unknown: org.switchboard:type=Health is not published (the application is starting or stopping)");
        assertThat(live.getStatus()).isEqualTo(Status.DOWN);
        assertThat(live.getData().orElseThrow().get("lastProbeRound").toString()).startsWith("unknown: ");
    }

    private void publish(Published bean) throws Exception {
        server.registerMBean(bean, new ObjectName(PublishedHealth.OBJECT_NAME));
    }

    /** The attributes the checks read, under the names HealthMXBean gives them. */
    public interface PublishedMXBean {
        String getVerdict();

        boolean isAlive();

        String getLastProbeRound();
    }

    record Published(String verdict, boolean alive, String lastRound) implements PublishedMXBean {

        @Override
        public String getVerdict() {
            return verdict;
        }

        @Override
        public boolean isAlive() {
            return alive;
        }

        @Override
        public String getLastProbeRound() {
            return lastRound;
        }
    }
}
