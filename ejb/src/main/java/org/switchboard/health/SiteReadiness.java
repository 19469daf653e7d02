package org.switchboard.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.switchboard.health.model.Availability;
import org.switchboard.health.model.AvailabilityVerdict;

/**
 * (In the EJB module: WildFly's MicroProfile Health finds the checks of this module of the EAR, not those of
 * its WARs.) MicroProfile Health readiness ({@code /health/ready} on the management interface): UP while the site's verdict
 * takes calls, DOWN with the verdict's reason otherwise. The same verdict as OPTIONS and {@code /api/health}.
 */
@Readiness
@ApplicationScoped
public class SiteReadiness implements HealthCheck {

    static final String NAME = "switchboard-takes-calls";

    @EJB
    HealthBoard board;

    @Override
    public HealthCheckResponse call() {
        Availability verdict = board.verdict();
        return HealthCheckResponse.named(NAME).status(verdict.takesCalls())
                .withData("verdict", AvailabilityVerdict.describe(verdict)).build();
    }
}
