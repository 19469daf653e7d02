package org.switchboard.health.checks;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness ({@code /health/live} on the management interface): UP while the health board's probe rounds still run
 * (the last one started within three intervals, at least 10 s), with the time of the last round. A site that refuses
 * calls is alive: liveness says whether to restart the process, readiness whether to send it calls.
 */
@Liveness
@ApplicationScoped
public class SiteLiveness implements HealthCheck {

    static final String NAME = "switchboard-probes-running";

    private final PublishedHealth health;

    public SiteLiveness() {
        this(PublishedHealth.ofThisServer());
    }

    SiteLiveness(PublishedHealth health) {
        this.health = health;
    }

    @Override
    public HealthCheckResponse call() {
        return new HealthCheckResponse(NAME, health.alive() ? Status.UP : Status.DOWN,
                Optional.of(Map.of("lastProbeRound", health.lastProbeRound())));
    }
}
