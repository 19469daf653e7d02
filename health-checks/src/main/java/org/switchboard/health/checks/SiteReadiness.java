package org.switchboard.health.checks;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness ({@code /health/ready} on the management interface): UP while the site's verdict takes calls, DOWN with
 * the verdict otherwise ({@code refusing: <reason>}, or {@code unknown: …} while the application is not up). The same
 * verdict as OPTIONS, {@code /switchboard/api/health} and the admin console.
 */
@Readiness
@ApplicationScoped
public class SiteReadiness implements HealthCheck {

    static final String NAME = "switchboard-takes-calls";

    private final PublishedHealth health;

    public SiteReadiness() {
        this(PublishedHealth.ofThisServer());
    }

    SiteReadiness(PublishedHealth health) {
        this.health = health;
    }

    @Override
    public HealthCheckResponse call() {
        String verdict = health.verdict();
        return new HealthCheckResponse(NAME, PublishedHealth.AVAILABLE.equals(verdict) ? Status.UP : Status.DOWN,
                Optional.of(Map.of("verdict", verdict)));
    }
}
