package org.switchboard.failover;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;

import org.switchboard.failover.model.FencingFlags;
import org.switchboard.failover.model.PairMessage;
import org.switchboard.failover.model.PhoneLine;
import org.switchboard.failover.model.SessionLine;
import org.switchboard.failover.model.SiteRole;
import org.switchboard.failover.model.SiteStatus;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.phone.model.Registration;

/**
 * The one mapping between a {@link PairMessage} and its bytes on the pair link: a UTF-8 JSON object with the format's
 * version {@code v}, the {@code kind}, and each field written and read by its name (docs/pair-protocol.md). Decoding
 * never throws: bytes that are not such an object, a missing or mistyped field, an unknown version or kind all give
 * {@link Decoded.Invalid} with the reason. Unknown fields are ignored, so a later version may add optional ones.
 */
public final class PairCodec {

    private PairCodec() {
    }

    /** The outcome of reading a message. */
    public sealed interface Decoded {
        record Ok(PairMessage message) implements Decoded {
        }

        record Invalid(String reason) implements Decoded {
        }
    }

    public static byte[] encode(PairMessage message) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("v", PairMessage.VERSION)
                .add("kind", message.kind().name())
                .add("site", message.site())
                .add("at", message.at().toString());
        if (message instanceof PairMessage.Status status) {
            status(json, status.status());
        } else if (message instanceof PairMessage.Phones phones) {
            json.add("full", phones.full())
                    .add("phones", array(phones.phones(), PairCodec::phone))
                    .add("gone", array(phones.gone(), Json::createValue));
        } else if (message instanceof PairMessage.Sessions sessions) {
            json.add("sessions", array(sessions.sessions(), PairCodec::session));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.writeObject(json.build());
        }
        return out.toByteArray();
    }

    public static Decoded decode(byte[] bytes) {
        try {
            JsonObject json = parse(bytes);
            long version = Fields.number(json, "v");
            if (version != PairMessage.VERSION) {
                return new Decoded.Invalid("version " + version + " is not understood (this server reads version "
                        + PairMessage.VERSION + ")");
            }
            String kind = Fields.string(json, "kind");
            PairMessage message = switch (kind) {
                case "SITE_STATUS" -> new PairMessage.Status(status(json));
                case "PHONES" -> new PairMessage.Phones(Fields.string(json, "site"), Fields.instant(json, "at"),
                        Fields.bool(json, "full"), Fields.list(json, "phones", PairCodec::phone),
                        Fields.list(json, "gone", value -> Fields.text(value, "gone[]")));
                case "SESSIONS" -> new PairMessage.Sessions(Fields.string(json, "site"), Fields.instant(json, "at"),
                        Fields.list(json, "sessions", PairCodec::session));
                default -> throw new Malformed("unknown kind " + kind);
            };
            return new Decoded.Ok(message);
        } catch (Malformed | IllegalArgumentException | NullPointerException e) {
            return new Decoded.Invalid(String.valueOf(e.getMessage()));
        }
    }

    private static JsonObject parse(byte[] bytes) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Malformed("not a JSON object but " + value.getValueType().name().toLowerCase(Locale.ROOT));
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new Malformed("not JSON: " + e.getMessage());
        }
    }

    private static void status(JsonObjectBuilder json, SiteStatus status) {
        json.add("role", status.role().label())
                .add("smith", status.flags().smith())
                .add("stonith", status.flags().stonith())
                .add("takesCalls", status.takesCalls())
                .add("reason", status.reason())
                .add("activityDetected", status.activityDetected())
                .add("demandsStonith", status.demandsStonith())
                .add("serverVersion", status.serverVersion());
    }

    private static SiteStatus status(JsonObject json) {
        return new SiteStatus(Fields.string(json, "site"), SiteRole.parse("role", Fields.string(json, "role")),
                new FencingFlags(Fields.bool(json, "smith"), Fields.bool(json, "stonith")),
                Fields.bool(json, "takesCalls"), Fields.string(json, "reason"), Fields.bool(json, "activityDetected"),
                Fields.bool(json, "demandsStonith"), Fields.string(json, "serverVersion"), Fields.instant(json, "at"));
    }

    private static JsonObjectBuilder phone(PhoneLine line) {
        return Json.createObjectBuilder().add("device", line.device()).add("status", line.status().name())
                .add("registration", line.registration().name()).add("address", line.address());
    }

    private static PhoneLine phone(JsonValue value) {
        JsonObject json = Fields.object(value, "phones[]");
        return new PhoneLine(Fields.string(json, "device"), Fields.named(PhoneStatus.class, json, "status"),
                Fields.named(Registration.class, json, "registration"), Fields.string(json, "address"));
    }

    private static JsonObjectBuilder session(SessionLine line) {
        return Json.createObjectBuilder().add("user", line.user()).add("session", line.session())
                .add("state", line.state());
    }

    private static SessionLine session(JsonValue value) {
        JsonObject json = Fields.object(value, "sessions[]");
        return new SessionLine(Fields.string(json, "user"), Fields.string(json, "session"), Fields.string(json, "state"));
    }

    private static <T> JsonArrayBuilder array(List<T> items, Function<T, ?> write) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (T item : items) {
            Object json = write.apply(item);
            if (json instanceof JsonObjectBuilder object) {
                array.add(object);
            } else {
                array.add((JsonValue) json);
            }
        }
        return array;
    }

    /** A field that is missing, of the wrong type, or out of range. */
    private static final class Malformed extends RuntimeException {
        Malformed(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Reads one field by its name and type, or throws {@link Malformed} naming it. */
    private static final class Fields {

        static JsonValue value(JsonObject json, String name) {
            JsonValue value = json.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                throw new Malformed("missing field " + name);
            }
            return value;
        }

        static String string(JsonObject json, String name) {
            return text(value(json, name), name);
        }

        static String text(JsonValue value, String name) {
            if (!(value instanceof JsonString string)) {
                throw new Malformed(name + " must be a string");
            }
            return string.getString();
        }

        static boolean bool(JsonObject json, String name) {
            JsonValue value = value(json, name);
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                throw new Malformed(name + " must be true or false");
            }
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }

        static long number(JsonObject json, String name) {
            if (!(value(json, name) instanceof JsonNumber number) || !number.isIntegral()) {
                throw new Malformed(name + " must be a whole number");
            }
            return number.longValue();
        }

        static Instant instant(JsonObject json, String name) {
            try {
                return Instant.parse(string(json, name));
            } catch (DateTimeParseException e) {
                throw new Malformed(name + " must be an ISO-8601 instant");
            }
        }

        static <E extends Enum<E>> E named(Class<E> type, JsonObject json, String name) {
            String text = string(json, name);
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw new Malformed(name + " " + text + " is not one of " + List.of(type.getEnumConstants()));
            }
        }

        static JsonObject object(JsonValue value, String name) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Malformed(name + " must be an object");
            }
            return value.asJsonObject();
        }

        static <T> List<T> list(JsonObject json, String name, Function<JsonValue, T> read) {
            if (!(value(json, name) instanceof JsonArray array)) {
                throw new Malformed(name + " must be an array");
            }
            List<T> items = new ArrayList<>(array.size());
            array.forEach(item -> items.add(read.apply(item)));
            return items;
        }
    }
}
