package org.switchboard.presence;

import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Optional;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.switchboard.presence.model.LoginId;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceChanged;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.model.UserOffline;

/**
 * The wire form of the UserOffline and PresenceChanged topics, version {@value #VERSION}: one JSON object per
 * event, written field by field (never a serialisation of the records). Both carry the user's presence
 * ({@code user, status, note, attributes, onPhone, version, changedAt, cause}); UserOffline adds {@code lastLogin},
 * {@code lastKind} and {@code at}. Statuses and kinds are lower-case words ({@code do-not-disturb}), times ISO-8601
 * instants in UTC. Decoding never throws: a message that is not a valid event is {@link Decoded.Invalid} with the
 * reason. Unknown fields are tolerated. docs/presence-events.md is the reference.
 */
public final class PresenceEventsCodec {

    public static final int VERSION = 1;
    public static final String USER_OFFLINE = "UserOffline";
    public static final String PRESENCE_CHANGED = "PresenceChanged";
    /** The cause a UserOffline message carries (its own record has none: it is always the last login's end). */
    static final String OFFLINE_CAUSE = "last login ended";

    /** One factory each: {@code Json.createReader()} looks the provider up with a ServiceLoader at every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    /** What a message said: the event, or why it is not one. */
    public sealed interface Decoded<E> {

        /** Hands the event to {@code ok}, or the reason it is not one to {@code invalid}. */
        void then(Consumer<? super E> ok, Consumer<String> invalid);

        record Ok<E>(E event) implements Decoded<E> {
            @Override
            public void then(Consumer<? super E> ok, Consumer<String> invalid) {
                ok.accept(event);
            }
        }

        record Invalid<E>(String reason) implements Decoded<E> {
            @Override
            public void then(Consumer<? super E> ok, Consumer<String> invalid) {
                invalid.accept(reason);
            }
        }
    }

    public String encode(PresenceChanged event) {
        return presence(event.presence(), event.cause()).build().toString();
    }

    public String encode(UserOffline event) {
        var json = presence(event.presence(), OFFLINE_CAUSE);
        event.lastLogin().ifPresent(login -> json.add("lastLogin", login.value()));
        event.lastKind().ifPresent(kind -> json.add("lastKind", word(kind)));
        return json.add("at", event.at().toString()).build().toString();
    }

    public Decoded<PresenceChanged> decodePresenceChanged(String json) {
        return decode(PRESENCE_CHANGED, json, object -> new PresenceChanged(presence(object), text(object, "cause")));
    }

    public Decoded<UserOffline> decodeUserOffline(String json) {
        return decode(USER_OFFLINE, json, object -> new UserOffline(presence(object),
                optionalText(object, "lastLogin").map(LoginId::new),
                optionalText(object, "lastKind").map(kind -> parse(LoginKind.class, kind)),
                Instant.parse(text(object, "at"))));
    }

    private static <E> Decoded<E> decode(String event, String json, Function<JsonObject, E> reading) {
        if (json == null) {
            return new Decoded.Invalid<>("not a " + event + " v" + VERSION + " message: no body");
        }
        try {
            return new Decoded.Ok<>(reading.apply(read(json)));
        } catch (JsonException | IllegalArgumentException | ClassCastException | NullPointerException
                | DateTimeException | ArithmeticException e) {
            return new Decoded.Invalid<>("not a " + event + " v" + VERSION + " message: " + e.getMessage());
        }
    }

    /** A status or kind as the wire spells it: lower case, words joined by '-' ({@code do-not-disturb}). */
    public static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The status a wire word names ({@code on-the-phone}); throws for a word that is not one. */
    public static PresenceStatus status(String word) {
        return parse(PresenceStatus.class, word);
    }

    /** Attributes as a JSON object of texts: the wire's form, and the stored one. */
    public static String attributesJson(Map<String, String> attributes) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        attributes.forEach(json::add);
        return json.build().toString();
    }

    /** The attributes of {@link #attributesJson}; throws for text that is not such an object. */
    public static Map<String, String> attributes(String json) {
        return attributes(read(json));
    }

    private static JsonObjectBuilder presence(Presence presence, String cause) {
        return JSON.createObjectBuilder().add("user", presence.user().value()).add("status", word(presence.status()))
                .add("note", presence.note()).add("attributes", JSON.createObjectBuilder(
                        Map.<String, Object>copyOf(presence.attributes())))
                .add("onPhone", presence.onPhone()).add("version", presence.version())
                .add("changedAt", presence.changedAt().toString()).add("cause", cause);
    }

    private static Presence presence(JsonObject object) {
        long version = object.getJsonNumber("version").longValueExact();
        if (version < 0) {
            throw new IllegalArgumentException("a negative version");
        }
        return new Presence(new UserId(text(object, "user")), parse(PresenceStatus.class, text(object, "status")),
                text(object, "note"), attributes(object.getJsonObject("attributes")), object.getBoolean("onPhone"),
                version, Instant.parse(text(object, "changedAt")));
    }

    private static Map<String, String> attributes(JsonObject object) {
        Map<String, String> attributes = new LinkedHashMap<>();
        object.forEach((name, value) -> attributes.put(name, ((JsonString) value).getString()));
        return attributes;
    }

    /** A text member that may be absent; present, it must be text. */
    private static Optional<String> optionalText(JsonObject object, String name) {
        return object.containsKey(name) ? Optional.of(text(object, name)) : Optional.empty();
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no field " + name);
        }
        return ((JsonString) value).getString();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String word) {
        String name = word.toUpperCase(Locale.ROOT).replace('-', '_');
        if (!word.equals(word.toLowerCase(Locale.ROOT)) || word.contains("_")) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + word);
        }
        return Enum.valueOf(type, name);
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
