package org.switchboard.web.admin;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.switchboard.failover.KnownSites;
import org.switchboard.failover.SiteIdentityService;
import org.switchboard.failover.model.SiteStatus;
import org.switchboard.health.HealthBoard;
import org.switchboard.health.SipEndpointStatus;
import org.switchboard.health.model.Availability;
import org.switchboard.health.model.ListeningPoint;
import org.switchboard.runtime.ServerRuntime;

/** The admin console's welcome page: what this server is, where it listens, and for how long it has run. */
@Named
@RequestScoped
public class WelcomeView {

    @EJB
    ServerRuntime runtime;

    @EJB
    SipEndpointStatus sipEndpoint;

    @EJB
    HealthBoard board;

    @EJB
    SiteIdentityService site;

    @EJB
    KnownSites knownSites;

    public String getVersion() {
        return runtime.version();
    }

    public String getSiteName() {
        return site.settings().name();
    }

    public String getRole() {
        return site.settings().role().label();
    }

    public String getStartedAt() {
        return runtime.startedAt().toString();
    }

    public String getUptime() {
        return Uptime.format(runtime.uptime());
    }

    public List<ListeningPoint> getSipListeningPoints() {
        return sipEndpoint.listeningPoints();
    }

    public String getCallAcceptance() {
        Availability availability = board.verdict();
        return availability instanceof Availability.Unavailable unavailable
                ? "refusing calls: " + unavailable.reason()
                : "taking calls";
    }

    public List<SiteStatus> getKnownSites() {
        return knownSites.all();
    }
}
