package org.switchboard.web.presence;

import java.io.InputStream;
import java.util.Map;
import java.util.TreeSet;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.switchboard.presence.PresenceDesk;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.UserId;
import org.switchboard.runtime.LogContext;
import org.switchboard.web.SwitchboardApi;
import org.switchboard.web.presence.PresenceWire.PresenceBody;
import org.switchboard.web.problem.Problem;

/** A user's presence as every watcher sees it, and her note and attributes, which an integration may set. */
@Path("presence/v1/users/{user}")
@RequestScoped
@IntegrationAuthenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "A user's presence, note and attributes")
@SecurityRequirement(name = SwitchboardApi.INTEGRATION)
@APIResponse(responseCode = "400", description = "The user (or a field) is refused; the problem's field names it",
        content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(responseCode = "401", description = "No credentials, or not an integration's",
        content = @Content(mediaType = Problem.MEDIA_TYPE))
public class UserPresenceResource {

    @EJB
    PresenceDesk desk;

    @Context
    SecurityContext security;

    @GET
    @Path("presence")
    @Operation(summary = "The user's presence now", description = "Offline with version 0 for a user never seen.")
    @APIResponse(responseCode = "200", description = "Her presence",
            content = @Content(schema = @Schema(implementation = PresenceBody.class)))
    public JsonObject presence(@PathParam("user") String user) {
        UserId id = PresenceRequests.user("user", user);
        try (LogContext ctx = LogContext.with(LogContext.USER, id.value())) {
            return PresenceBody.of(desk.fetch(id)).toJson();
        }
    }

    @PUT
    @Path("note")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the user's note", description = "An empty note clears it.")
    @RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = PresenceWire.NoteRequestBody.class)))
    @APIResponse(responseCode = "200", description = "Her presence with the new note",
            content = @Content(schema = @Schema(implementation = PresenceBody.class)))
    public JsonObject note(@PathParam("user") String user, InputStream body) {
        UserId id = PresenceRequests.user("user", user);
        String note = PresenceRequests.note(PresenceRequests.body(body));
        try (LogContext ctx = LogContext.with(LogContext.USER, id.value())) {
            Presence presence = desk.setNote(id, note);
            PresenceApiLog.LOG.noteSet(integration(), note.length(), presence.version());
            return PresenceBody.of(presence).toJson();
        }
    }

    @PUT
    @Path("attributes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the user's attributes")
    @RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = PresenceWire.AttributesRequestBody.class)))
    @APIResponse(responseCode = "200", description = "Her presence with the new attributes",
            content = @Content(schema = @Schema(implementation = PresenceBody.class)))
    public JsonObject attributes(@PathParam("user") String user, InputStream body) {
        UserId id = PresenceRequests.user("user", user);
        Map<String, String> attributes = PresenceRequests.attributes(PresenceRequests.body(body));
        try (LogContext ctx = LogContext.with(LogContext.USER, id.value())) {
            Presence presence = desk.setAttributes(id, attributes);
            PresenceApiLog.LOG.attributesSet(integration(), new TreeSet<>(attributes.keySet()), presence.version());
            return PresenceBody.of(presence).toJson();
        }
    }

    private String integration() {
        return IntegrationAuthentication.integrationOf(security).value();
    }
}
