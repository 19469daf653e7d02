package org.switchboard.web.presence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.switchboard.presence.PresenceEventsCodec;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceLogin;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.StatusProvider;

/**
 * The bodies of the presence API, version 1, as they are on the wire: records named and shaped for the client, each
 * written member by member with JSON-P (never an internal record serialised). A status is written as on the presence
 * topics ({@code available}, {@code away}, {@code busy}, {@code do-not-disturb}, {@code on-the-phone},
 * {@code offline}), by their codec. The records also give the OpenAPI document its schemas.
 */
final class PresenceWire {

    /** One factory: {@code Json.createObjectBuilder()} looks the provider up with a ServiceLoader at every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private PresenceWire() {
    }

    /** The wire name of a status: the presence topics' ({@link PresenceEventsCodec#word}). */
    static String wireName(PresenceStatus status) {
        return PresenceEventsCodec.word(status);
    }

    /** The status of a wire name, or empty when it names none. */
    static Optional<PresenceStatus> statusOf(String wire) {
        try {
            return Optional.of(PresenceEventsCodec.status(wire));
        } catch (IllegalArgumentException notAStatus) {
            return Optional.empty();
        }
    }

    @Schema(name = "PassiveLogin", description = "A live passive login of this integration")
    record PassiveLoginBody(
            @Schema(description = "The login's id, for keep alive and log out", example = "0b8e4c1e-5a1f-4c5e-9a43-1d1f0f7c2a10")
            String id,
            @Schema(description = "The user logged in (her extension)", example = "201") String user,
            @Schema(description = "The status the login states; absent when it states none",
                    enumeration = {"available", "away", "busy", "do-not-disturb", "on-the-phone"}) String status,
            @Schema(description = "Seconds until the lease ends unless kept alive", example = "120") long leaseSeconds,
            @Schema(description = "When the lease ends unless kept alive (ISO 8601, UTC)") String leaseEnds) {

        static PassiveLoginBody of(PresenceLogin login, Instant now) {
            long left = Math.max(0, Duration.between(now, login.leaseEnds()).plusMillis(999).toSeconds());
            return new PassiveLoginBody(PassiveLoginIds.wireId(login.id()), login.user().value(),
                    login.status().map(PresenceWire::wireName).orElse(null), left, login.leaseEnds().toString());
        }

        JsonObject toJson() {
            JsonObjectBuilder json = JSON.createObjectBuilder().add("id", id).add("user", user);
            if (status != null) {
                json.add("status", status);
            }
            return json.add("leaseSeconds", leaseSeconds).add("leaseEnds", leaseEnds).build();
        }
    }

    @Schema(name = "PassiveLogins", description = "The live passive logins of this integration")
    record PassiveLoginsBody(List<PassiveLoginBody> logins) {

        JsonObject toJson() {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            logins.forEach(login -> array.add(login.toJson()));
            return JSON.createObjectBuilder().add("logins", array).build();
        }
    }

    @Schema(name = "Ended", description = "How many passive logins a log out of all ended")
    record EndedBody(int ended) {

        JsonObject toJson() {
            return JSON.createObjectBuilder().add("ended", ended).build();
        }
    }

    @Schema(name = "Presence", description = "A user's presence as every watcher sees it")
    record PresenceBody(
            @Schema(example = "201") String user,
            @Schema(enumeration = {"available", "away", "busy", "do-not-disturb", "on-the-phone", "offline"})
            String status,
            @Schema(description = "Free text; empty when none") String note,
            Map<String, String> attributes,
            @Schema(description = "Whether one of her phones is in a call") boolean onPhone,
            @Schema(description = "Grows with every change of her presence; 0 for a user never seen") long version,
            @Schema(description = "When her presence last changed (ISO 8601, UTC)") String changedAt) {

        static PresenceBody of(Presence presence) {
            return new PresenceBody(presence.user().value(), wireName(presence.status()), presence.note(),
                    presence.attributes(), presence.onPhone(), presence.version(), presence.changedAt().toString());
        }

        JsonObject toJson() {
            JsonObjectBuilder attrs = JSON.createObjectBuilder();
            attributes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(attribute -> attrs.add(attribute.getKey(), attribute.getValue()));
            return JSON.createObjectBuilder().add("user", user).add("status", status).add("note", note)
                    .add("attributes", attrs).add("onPhone", onPhone).add("version", version)
                    .add("changedAt", changedAt).build();
        }
    }

    @Schema(name = "PassiveLoginRequest", description = "Log a user in on behalf of this integration")
    record LogInRequestBody(
            @Schema(required = true, description = "The user (her extension): 1 to 32 letters, digits or . _ - +",
                    example = "201") String user,
            @Schema(description = "The status the login states; none by default (the user is then available)",
                    enumeration = {"available", "away", "busy", "do-not-disturb", "on-the-phone"}) String status,
            @Schema(description = "The lease in seconds: 30 to 3600 unless the server is set otherwise "
                    + "(SWB_PRESENCE_PASSIVE_LEASE_MIN, _MAX)", defaultValue = "120")
            Integer leaseSeconds) {
    }

    @Schema(name = "NoteRequest", description = "The user's new note; empty clears it")
    record NoteRequestBody(@Schema(required = true, maxLength = StatusProvider.MAX_NOTE) String note) {
    }

    @Schema(name = "AttributesRequest", description = "The user's attributes, replacing the ones she had")
    record AttributesRequestBody(@Schema(required = true) Map<String, String> attributes) {
    }
}
