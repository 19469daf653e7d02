package org.switchboard.protocol;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A JSON object of a body being read, with its path in the body ({@code lines[0].call}) for the reasons.
 * Each getter reads one field by its wire name and type, or throws {@link MalformedBody} naming the field
 * and what was wrong. Fields it is not asked for are ignored (unknown fields are tolerated); an optional
 * field that is {@code null} counts as absent.
 */
final class WireObject {

    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final JsonObject json;
    private final String path;

    private WireObject(JsonObject json, String path) {
        this.json = json;
        this.path = path;
    }

    /** The body's top-level value, which must be an object. */
    static WireObject body(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new MalformedBody("the body must be a JSON object, not " + describe(value));
        }
        return new WireObject(value.asJsonObject(), "");
    }

    /** Makes a record from this object's fields; a value the record refuses is a malformed body. */
    <T> T make(Supplier<T> maker) {
        try {
            return maker.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedBody(path.isEmpty() ? String.valueOf(e.getMessage())
                    : path + ": " + e.getMessage());
        }
    }

    String string(String name) {
        return optionalString(name).orElseThrow(() -> missing(name));
    }

    Optional<String> optionalString(String name) {
        return optional(name, JsonValue.ValueType.STRING, "a string").map(v -> ((JsonString) v).getString());
    }

    boolean bool(String name) {
        return optionalBool(name).orElseThrow(() -> missing(name));
    }

    Optional<Boolean> optionalBool(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return Optional.of(value.getValueType() == JsonValue.ValueType.TRUE);
        }
        throw wrong(name, "true or false", value);
    }

    /** A whole number from 0 to 2^63-1, written without fraction or exponent. */
    long count(String name) {
        return optionalCount(name).orElseThrow(() -> missing(name));
    }

    /** A whole number from 0 to 2^31-1. */
    int smallCount(String name) {
        long value = count(name);
        if (value > Integer.MAX_VALUE) {
            throw new MalformedBody(field(name) + " is too large: " + value);
        }
        return (int) value;
    }

    Optional<Long> optionalCount(String name) {
        return optional(name, JsonValue.ValueType.NUMBER, "a whole number").map(v -> {
            BigDecimal number = ((JsonNumber) v).bigDecimalValue();
            if (number.scale() != 0 || number.signum() < 0 || number.compareTo(LONG_MAX) > 0) {
                throw new MalformedBody(field(name) + " must be a whole number from 0 to " + Long.MAX_VALUE
                        + ", not " + WireRules.shown(v.toString()));
            }
            return number.longValueExact();
        });
    }

    LineNo line(String name) {
        return optionalLine(name).orElseThrow(() -> missing(name));
    }

    Optional<LineNo> optionalLine(String name) {
        return optionalCount(name).map(number -> {
            if (number != 1 && number != 2) {
                throw new MalformedBody(field(name) + " must be 1 or 2, not " + number);
            }
            return LineNo.of(number.intValue());
        });
    }

    Instant time(String name) {
        return optionalTime(name).orElseThrow(() -> missing(name));
    }

    Optional<Instant> optionalTime(String name) {
        return optionalString(name).map(text -> {
            try {
                return WireTime.read(text);
            } catch (IllegalArgumentException e) {
                throw new MalformedBody(field(name) + " " + e.getMessage());
            }
        });
    }

    /** One of an enum's constants, by its exact name. */
    <E extends Enum<E>> E constant(String name, Class<E> type) {
        String text = string(name);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw new MalformedBody(field(name) + " must be one of " + List.of(type.getEnumConstants()) + ", not \""
                + WireRules.shown(text) + "\"");
    }

    /**
     * A value of a closed list written in its own way (such as the lower-case presence statuses), read by
     * {@code fromWire}; {@code names} lists the values for the reason.
     */
    <T> T named(String name, Function<String, Optional<T>> fromWire, List<String> names) {
        return optionalNamed(name, fromWire, names).orElseThrow(() -> missing(name));
    }

    /** The same, for an optional field. */
    <T> Optional<T> optionalNamed(String name, Function<String, Optional<T>> fromWire, List<String> names) {
        return optionalString(name).map(text -> fromWire.apply(text).orElseThrow(() -> new MalformedBody(
                field(name) + " must be one of " + names + ", not \"" + WireRules.shown(text) + "\"")));
    }

    WireObject object(String name) {
        return optionalObject(name).orElseThrow(() -> missing(name));
    }

    Optional<WireObject> optionalObject(String name) {
        return optional(name, JsonValue.ValueType.OBJECT, "an object")
                .map(v -> new WireObject(v.asJsonObject(), field(name)));
    }

    /** A required array, each element read by {@code element} from its value and its path. */
    <T> List<T> array(String name, Function<Element, T> element) {
        JsonArray array = optional(name, JsonValue.ValueType.ARRAY, "an array").orElseThrow(() -> missing(name))
                .asJsonArray();
        List<T> read = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            read.add(element.apply(new Element(array.get(i), field(name) + "[" + i + "]")));
        }
        return read;
    }

    /** One element of an array. */
    record Element(JsonValue value, String path) {
        WireObject object() {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new MalformedBody(path + " must be an object, not " + describe(value));
            }
            return new WireObject(value.asJsonObject(), path);
        }

        String string() {
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                throw new MalformedBody(path + " must be a string, not " + describe(value));
            }
            return ((JsonString) value).getString();
        }
    }

    private Optional<JsonValue> optional(String name, JsonValue.ValueType type, String expected) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value.getValueType() != type) {
            throw wrong(name, expected, value);
        }
        return Optional.of(value);
    }

    private String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private MalformedBody missing(String name) {
        return new MalformedBody(field(name) + " is missing");
    }

    private MalformedBody wrong(String name, String expected, JsonValue value) {
        return new MalformedBody(field(name) + " must be " + expected + ", not " + describe(value));
    }

    private static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
        };
    }
}
