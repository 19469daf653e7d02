package org.switchboard.web.presence;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.switchboard.presence.model.PresenceSettings;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.StatusProvider;
import org.switchboard.presence.model.UserId;
import org.switchboard.web.problem.InvalidField;

/**
 * Reads and validates the requests of the presence API, version 1: every refusal is an {@link InvalidField} naming
 * the member or path parameter and what was expected. Unknown members are tolerated (a newer client may send more).
 */
final class PresenceRequests {

    /** One factory: {@code Json.createReader()} looks the provider up with a ServiceLoader at every call. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    /** The largest body taken, in bytes: the longest note, or 32 attributes of the longest names and values. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private PresenceRequests() {
    }

    /** The body as a JSON object; refused when empty, larger than {@value #MAX_BODY_BYTES} bytes or not an object. */
    static JsonObject body(InputStream in) {
        byte[] bytes;
        try {
            bytes = in == null ? new byte[0] : in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new InvalidField("body", "larger than " + MAX_BODY_BYTES + " bytes");
        }
        if (bytes.length == 0) {
            throw new InvalidField("body", "expected a JSON object, got nothing");
        }
        try (JsonReader reader = READERS.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidField("body", "expected a JSON object (" + e.getMessage() + ")");
        }
    }

    /**
     * {@code {"user": "201", "status": "busy", "leaseSeconds": 120}}; status and lease may be absent (no status, the
     * settings' default lease). The lease must lie within the settings' bounds.
     */
    static PassiveLoginRequest passiveLogin(JsonObject body, PresenceSettings settings) {
        UserId user = user("user", requiredString(body, "user"));
        Optional<PresenceStatus> status = optionalString(body, "status").map(PresenceRequests::loginStatus);
        Optional<Duration> asked = optionalInt(body, "leaseSeconds").map(Duration::ofSeconds);
        Duration lease = settings.passiveLease(asked).orElseThrow(() -> new InvalidField("leaseSeconds", "expected "
                + settings.passiveLeaseMin().toSeconds() + " to " + settings.passiveLeaseMax().toSeconds() + ", got "
                + asked.map(Duration::toSeconds).orElse(settings.passiveLease().toSeconds())));
        return new PassiveLoginRequest(user, status, lease);
    }

    /** {@code {"note": "back at 2 pm"}}; an empty note clears it. */
    static String note(JsonObject body) {
        String note = requiredString(body, "note");
        if (note.length() > StatusProvider.MAX_NOTE) {
            throw new InvalidField("note", "expected at most " + StatusProvider.MAX_NOTE + " characters, got "
                    + note.length());
        }
        return note;
    }

    /** {@code {"attributes": {"room": "B12"}}}: within the bounds of the status provider. */
    static Map<String, String> attributes(JsonObject body) {
        JsonValue value = body.get("attributes");
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidField("attributes", "expected an object of names to strings");
        }
        JsonObject attributes = value.asJsonObject();
        if (attributes.size() > StatusProvider.MAX_ATTRIBUTES) {
            throw new InvalidField("attributes", "expected at most " + StatusProvider.MAX_ATTRIBUTES + ", got "
                    + attributes.size());
        }
        Map<String, String> result = new LinkedHashMap<>();
        attributes.forEach((name, attribute) -> result.put(attributeName(name), attributeValue(name, attribute)));
        return result;
    }

    /** A user in a path or a body: her extension. */
    static UserId user(String field, String text) {
        return UserId.parse(text).orElseThrow(() -> new InvalidField(field,
                "expected a user id of 1 to 32 letters, digits or . _ - +"));
    }

    /** A passive login's id in a path: the UUID the log in answered. */
    static UUID loginId(String text) {
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equalsIgnoreCase(text)) {
                return id;
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // refused below
        }
        throw new InvalidField("id", "expected the UUID a log in answered");
    }

    private static PresenceStatus loginStatus(String wire) {
        PresenceStatus status = PresenceWire.statusOf(wire).orElseThrow(() -> new InvalidField("status",
                "expected available, away, busy, do-not-disturb or on-the-phone"));
        if (status == PresenceStatus.OFFLINE) {
            throw new InvalidField("status", "a login cannot state offline; log out instead");
        }
        return status;
    }

    private static String attributeName(String name) {
        if (name.isBlank() || name.length() > StatusProvider.MAX_ATTRIBUTE_NAME) {
            throw new InvalidField("attributes", "a name is 1 to " + StatusProvider.MAX_ATTRIBUTE_NAME
                    + " characters, not blank");
        }
        return name;
    }

    private static String attributeValue(String name, JsonValue value) {
        if (!(value instanceof JsonString text) || text.getString().length() > StatusProvider.MAX_ATTRIBUTE_VALUE) {
            throw new InvalidField("attributes", "the value of " + name + " is a string of at most "
                    + StatusProvider.MAX_ATTRIBUTE_VALUE + " characters");
        }
        return text.getString();
    }

    private static String requiredString(JsonObject body, String field) {
        return optionalString(body, field).orElseThrow(() -> new InvalidField(field, "expected a string, got none"));
    }

    private static Optional<String> optionalString(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonString text) {
            return Optional.of(text.getString());
        }
        throw new InvalidField(field, "expected a string, got " + value.getValueType().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static Optional<Integer> optionalInt(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonNumber number && number.isIntegral()
                && number.bigIntegerValue().bitLength() < Integer.SIZE) {
            return Optional.of(number.intValue());
        }
        throw new InvalidField(field, "expected a whole number of seconds");
    }
}
