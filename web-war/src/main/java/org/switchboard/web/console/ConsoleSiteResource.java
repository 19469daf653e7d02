package org.switchboard.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.switchboard.failover.SiteIdentityService;
import org.switchboard.failover.model.SiteSettings;

/**
 * {@code GET /api/console/site}: this server's site and the other site of its pair, for the console page, which
 * opens a second link to the other site when there is one ({@code SWB_PEER_ADDRESS}: a host, whose console the
 * page reaches on its own port, or host:port).
 */
@Path("console/site")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConsoleSiteResource {

    @EJB
    SiteIdentityService site;

    @GET
    public ConsoleSite site() {
        SiteSettings settings = site.settings();
        return new ConsoleSite(settings.name(), settings.role().label(), settings.peerAddress());
    }

    /**
     * @param site this site's name
     * @param role {@code primary} or {@code secondary}
     * @param peerAddress the other site's address, empty when this server has no pair
     */
    public record ConsoleSite(String site, String role, String peerAddress) {
    }
}
