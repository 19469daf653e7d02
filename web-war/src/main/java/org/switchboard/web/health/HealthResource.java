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
import org.switchboard.health.CallAcceptance;
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
    CallAcceptance callAcceptance;

    @EJB
    SipEndpointStatus sipEndpoint;

    @EJB
    SiteIdentityService site;

    /** 200 and UP when the server takes calls and listens for SIP; 503 and DOWN with the reason otherwise. */
    @GET
    @Path("health")
    public Response health() {
        Availability availability = callAcceptance.current();
        List<ListeningPoint> points = sipEndpoint.listeningPoints();
        String reason = reasonForBeingDown(availability, points);
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

    private static String reasonForBeingDown(Availability availability, List<ListeningPoint> points) {
        if (availability instanceof Availability.Unavailable unavailable) {
            return unavailable.reason();
        }
        return points.isEmpty() ? "the SIP endpoint is not listening" : "";
    }
}
