package org.switchboard.web.presence;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.switchboard.presence.PresenceDesk;
import org.switchboard.presence.model.IntegrationName;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.PresenceLogin;
import org.switchboard.presence.model.PresenceSettings;
import org.switchboard.runtime.LogContext;
import org.switchboard.web.SwitchboardApi;
import org.switchboard.web.presence.PresenceWire.EndedBody;
import org.switchboard.web.presence.PresenceWire.PassiveLoginBody;
import org.switchboard.web.presence.PresenceWire.PassiveLoginsBody;
import org.switchboard.web.problem.Problem;

/**
 * The passive logins of the calling integration: log a user in, keep the login alive, log it out, list them, log
 * them all out (what a restarting CTI server does). A login whose lease ran out, or that a restart of the presence
 * service dropped, answers 404: the integration then logs the user in again.
 */
@Path("presence/v1/passive-logins")
@RequestScoped
@IntegrationAuthenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Passive logins", description = "Logins an integration makes on users' behalf")
@SecurityRequirement(name = SwitchboardApi.INTEGRATION)
@APIResponse(responseCode = "401", description = "No credentials, or not an integration's",
        content = @Content(mediaType = Problem.MEDIA_TYPE))
public class PassiveLoginsResource {

    @EJB
    PresenceDesk desk;

    @Inject
    Clock clock;

    @Inject
    PresenceSettings settings;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log a user in", description = "The user is online until the login is logged out or its "
            + "lease runs out; keep it alive before leaseEnds.")
    @RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = PresenceWire.LogInRequestBody.class)))
    @APIResponse(responseCode = "201", description = "Logged in; Location names the login",
            content = @Content(schema = @Schema(implementation = PassiveLoginBody.class)))
    @APIResponse(responseCode = "400", description = "A field is refused; the problem's field names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response logIn(InputStream body) {
        IntegrationName integration = integration();
        PassiveLoginRequest request = PresenceRequests.passiveLogin(PresenceRequests.body(body), settings);
        try (LogContext ctx = LogContext.with(LogContext.USER, request.user().value())) {
            UUID id = UUID.randomUUID();
            PresenceLogin login = desk.logIn(request.user(), LoginKind.PASSIVE, PassiveLoginIds.key(integration, id),
                    integration.value(), request.status(), request.lease());
            PresenceApiLog.LOG.loggedIn(integration.value(), id.toString(),
                    request.status().map(PresenceWire::wireName).orElse("none"), login.leaseEnds());
            return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                    .entity(PassiveLoginBody.of(login, clock.instant()).toJson()).build();
        }
    }

    @PUT
    @Path("{id}/lease")
    @Operation(summary = "Keep a login alive", description = "Renews the lease by its length. 404 when the login has "
            + "ended (lease ran out, logged out, presence service restarted): log the user in again.")
    @APIResponse(responseCode = "200", description = "Kept alive",
            content = @Content(schema = @Schema(implementation = PassiveLoginBody.class)))
    @APIResponse(responseCode = "404", description = "The login has ended",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public JsonObject keepAlive(@PathParam("id") String id) {
        IntegrationName integration = integration();
        PresenceLogin alive = desk.keepAlive(PassiveLoginIds.loginId(integration, PresenceRequests.loginId(id)))
                .orElseThrow(() -> ended(integration, id));
        try (LogContext ctx = LogContext.with(LogContext.USER, alive.user().value())) {
            PresenceApiLog.LOG.debugf("Passive login %s kept alive until %s", id, alive.leaseEnds());
            return PassiveLoginBody.of(alive, clock.instant()).toJson();
        }
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Log a login out")
    @APIResponse(responseCode = "204", description = "Logged out")
    @APIResponse(responseCode = "404", description = "The login had ended already",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response logOut(@PathParam("id") String id) {
        IntegrationName integration = integration();
        if (!desk.logOut(PassiveLoginIds.loginId(integration, PresenceRequests.loginId(id)),
                "logged out by integration " + integration)) {
            throw ended(integration, id);
        }
        PresenceApiLog.LOG.loggedOut(integration.value(), id);
        return Response.noContent().build();
    }

    @GET
    @Operation(summary = "List this integration's live logins")
    @APIResponse(responseCode = "200", description = "Its live passive logins",
            content = @Content(schema = @Schema(implementation = PassiveLoginsBody.class)))
    public JsonObject list() {
        return new PassiveLoginsBody(live(integration())).toJson();
    }

    @DELETE
    @Operation(summary = "Log out every login of this integration",
            description = "What a restarting CTI server does before it logs its users in again.")
    @APIResponse(responseCode = "200", description = "How many logins ended",
            content = @Content(schema = @Schema(implementation = EndedBody.class)))
    public JsonObject logOutAll() {
        IntegrationName integration = integration();
        int ended = desk.logOutAll(integration.value(), "integration " + integration + " logged out all");
        PresenceApiLog.LOG.loggedOutAll(integration.value(), ended);
        return new EndedBody(ended).toJson();
    }

    private List<PassiveLoginBody> live(IntegrationName integration) {
        return desk.loginsFrom(integration.value()).stream().filter(login -> login.kind() == LoginKind.PASSIVE)
                .map(login -> PassiveLoginBody.of(login, clock.instant())).toList();
    }

    private IntegrationName integration() {
        return IntegrationAuthentication.integrationOf(security);
    }

    private static NotFoundException ended(IntegrationName integration, String id) {
        PresenceApiLog.LOG.ended(id, integration.value());
        return new NotFoundException("passive login " + id + " has ended (logged out, lease ran out, or the presence "
                + "service restarted): log the user in again");
    }
}
