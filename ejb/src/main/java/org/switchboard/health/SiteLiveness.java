package org.switchboard.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * (In the EJB module: WildFly's MicroProfile Health finds the checks of this module of the EAR, not those of
 * its WARs.) MicroProfile Health liveness ({@code /health/live} on the management interface): UP while the application
 * answers and its probe scheduler still runs rounds (the last one within three intervals, at least 10 s). A site
 * that refuses calls is alive: liveness says whether to restart the process, readiness whether to send it calls.
 */
@Liveness
@ApplicationScoped
public class SiteLiveness implements HealthCheck {

    static final String NAME = "switchboard-probes-running";

    @EJB
    HealthBoard board;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(board.alive())
                .withData("lastProbeRound", board.lastRound().toString())
                .withData("livenessLimit", board.schedule().livenessLimit().toString()).build();
    }
}
