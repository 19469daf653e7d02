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
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.web.problem.InvalidField;

/**
 * Reads and validates the requests of the presence API, version 1: every refusal is an {@link InvalidField} naming
 * the member or path parameter and what was expected. Unknown members are tolerated (a newer client may send more).
 */
final class PresenceRequests {

    /** The largest body taken, in bytes (a note and 32 attributes fit several times). */
    static final int MAX_BODY_BYTES = 16 * 1024;
    static final int MIN_LEASE_SECONDS = 30;
    static final int MAX_LEASE_SECONDS = 3600;
    /** The lease of a passive login that asks for none. */
    static final int DEFAULT_LEASE_SECONDS = 120;
    static final int MAX_NOTE_LENGTH = 500;
    static final int MAX_ATTRIBUTES = 32;
    static final int MAX_ATTRIBUTE_NAME_LENGTH = 64;
    static final int MAX_ATTRIBUTE_VALUE_LENGTH = 256;

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
        try (JsonReader reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidField("body", "expected a JSON object (" + e.getMessage() + ")");
        }
    }

    /** {@code {"user": "201", "status": "busy", "leaseSeconds": 120}}; status and lease may be absent. */
    static PassiveLoginRequest passiveLogin(JsonObject body) {
        UserId user = user("user", requiredString(body, "user"));
        Optional<PresenceStatus> status = optionalString(body, "status").map(PresenceRequests::loginStatus);
        int lease = optionalInt(body, "leaseSeconds").orElse(DEFAULT_LEASE_SECONDS);
        if (lease < MIN_LEASE_SECONDS || lease > MAX_LEASE_SECONDS) {
            throw new InvalidField("leaseSeconds",
                    "expected " + MIN_LEASE_SECONDS + " to " + MAX_LEASE_SECONDS + ", got " + lease);
        }
        return new PassiveLoginRequest(user, status, Duration.ofSeconds(lease));
    }

    /** {@code {"note": "back at 2 pm"}}; an empty note clears it. */
    static String note(JsonObject body) {
        String note = requiredString(body, "note");
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new InvalidField("note", "expected at most " + MAX_NOTE_LENGTH + " characters, got " + note.length());
        }
        return note;
    }

    /** {@code {"attributes": {"room": "B12"}}}: names of letters, digits and . _ -, values strings. */
    static Map<String, String> attributes(JsonObject body) {
        JsonValue value = body.get("attributes");
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidField("attributes", "expected an object of names to strings");
        }
        JsonObject attributes = value.asJsonObject();
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw new InvalidField("attributes", "expected at most " + MAX_ATTRIBUTES + ", got " + attributes.size());
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
        if (name.isEmpty() || name.length() > MAX_ATTRIBUTE_NAME_LENGTH || !name.chars().allMatch(
                c -> c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-'))) {
            throw new InvalidField("attributes", "a name is 1 to " + MAX_ATTRIBUTE_NAME_LENGTH
                    + " letters, digits or . _ -");
        }
        return name;
    }

    private static String attributeValue(String name, JsonValue value) {
        if (!(value instanceof JsonString text) || text.getString().length() > MAX_ATTRIBUTE_VALUE_LENGTH) {
            throw new InvalidField("attributes", "the value of " + name + " is a string of at most "
                    + MAX_ATTRIBUTE_VALUE_LENGTH + " characters");
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
