package org.switchboard.web.health;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.switchboard.failover.SiteIdentityService;
import org.switchboard.failover.model.SiteSettings;
import org.switchboard.health.HealthBoard;
import org.switchboard.health.SipEndpointStatus;
import org.switchboard.health.model.Availability;
import org.switchboard.health.model.ListeningPoint;
import org.switchboard.runtime.ServerRuntime;

/** Health and version of this server, for monitoring and for the client SDK's choice of site. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    static final String UP = "UP";
    static final String DOWN = "DOWN";

    @EJB
    ServerRuntime runtime;

    @EJB
    HealthBoard board;

    @EJB
    SipEndpointStatus sipEndpoint;

    @EJB
    SiteIdentityService site;

    /**
     * 200 and UP when the site's verdict takes calls; 503 and DOWN with the verdict's reason otherwise. The verdict
     * is the {@link HealthBoard}'s, the one OPTIONS and MicroProfile Health read too (it already counts the SIP
     * listening points, through the console availability probe).
     */
    @GET
    @Path("health")
    public Response health() {
        Availability availability = board.verdict();
        List<ListeningPoint> points = sipEndpoint.listeningPoints();
        String reason = availability instanceof Availability.Unavailable refusing ? refusing.reason() : "";
        SiteSettings settings = site.settings();
        HealthReport report = new HealthReport(reason.isEmpty() ? UP : DOWN, reason, runtime.version(), settings.name(),
                settings.role().label(), runtime.startedAt().toString(), runtime.uptime().toSeconds(),
                availability.takesCalls(), points.stream().map(ListeningPoint::toString).toList());
        return Response.status(reason.isEmpty() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(report)
                .build();
    }

    @GET
    @Path("version")
    public VersionReport version() {
        SiteSettings settings = site.settings();
        return new VersionReport("Switchboard", runtime.version(), settings.name(), settings.role().label());
    }
}
