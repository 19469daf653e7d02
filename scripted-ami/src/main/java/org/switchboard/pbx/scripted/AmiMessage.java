package org.switchboard.pbx.scripted;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One AMI frame (an action, a response or an event): an immutable, ordered list of {@code Key: Value}
 * headers. Keys are looked up without regard to case, as Asterisk does; a key may occur more than once
 * (for example {@code Variable} in an Originate).
 */
public final class AmiMessage {

    /** One {@code Key: Value} line. */
    public record Header(String key, String value) {
        public Header {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    private static final String CRLF = "\r\n";

    private final List<Header> headers;

    private AmiMessage(List<Header> headers) {
        this.headers = List.copyOf(headers);
    }

    /** A message from alternating keys and values: {@code of("Event", "Hangup", "Uniqueid", "1.2")}. */
    public static AmiMessage of(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        List<Header> headers = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            headers.add(new Header(keysAndValues[i], keysAndValues[i + 1]));
        }
        return new AmiMessage(headers);
    }

    /** A message with these headers, in this order. */
    public static AmiMessage of(List<Header> headers) {
        return new AmiMessage(headers);
    }

    /** The message in a frame's text: {@code Key: Value} lines split by CRLF or LF; lines without ':' are skipped. */
    public static AmiMessage parse(String frame) {
        List<Header> headers = new ArrayList<>();
        for (String line : frame.split("\r?\n")) {
            header(line).ifPresent(headers::add);
        }
        return new AmiMessage(headers);
    }

    /** The header on one line, or empty when the line has no ':' or no key. */
    static Optional<Header> header(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String key = line.substring(0, colon).strip();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Header(key, line.substring(colon + 1).stripLeading()));
    }

    public List<Header> headers() {
        return headers;
    }

    /** The first value of {@code key}, compared without case. */
    public Optional<String> get(String key) {
        for (Header header : headers) {
            if (header.key().equalsIgnoreCase(key)) {
                return Optional.of(header.value());
            }
        }
        return Optional.empty();
    }

    /** The first value of {@code key}, or {@code fallback} when the message has none. */
    public String getOr(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    /** Every value of {@code key}, in order. */
    public List<String> all(String key) {
        return headers.stream().filter(h -> h.key().equalsIgnoreCase(key)).map(Header::value).toList();
    }

    public boolean has(String key) {
        return get(key).isPresent();
    }

    /** The name that says what the frame is: the value of Event, Response or Action, whichever comes first; else "". */
    public String type() {
        for (Header header : headers) {
            String key = header.key();
            if (key.equalsIgnoreCase("Event") || key.equalsIgnoreCase("Response") || key.equalsIgnoreCase("Action")) {
                return header.value();
            }
        }
        return "";
    }

    public boolean isEvent() {
        return has("Event");
    }

    public boolean isResponse() {
        return has("Response") && !isEvent();
    }

    public boolean isAction() {
        return has("Action");
    }

    /** A copy where {@code key} has this value: the first occurrence is replaced, or the header is appended. */
    public AmiMessage with(String key, String value) {
        List<Header> copy = new ArrayList<>(headers);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).key().equalsIgnoreCase(key)) {
                copy.set(i, new Header(copy.get(i).key(), value));
                return new AmiMessage(copy);
            }
        }
        copy.add(new Header(key, value));
        return new AmiMessage(copy);
    }

    /** A copy with every entry of {@code fields} set as by {@link #with(String, String)}, in the map's order. */
    public AmiMessage withAll(Map<String, String> fields) {
        AmiMessage copy = this;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            copy = copy.with(field.getKey(), field.getValue());
        }
        return copy;
    }

    /** The values of those {@code keys} that the message has, in the order of {@code keys}, under those spellings. */
    public Map<String, String> pick(List<String> keys) {
        Map<String, String> picked = new LinkedHashMap<>();
        for (String key : keys) {
            get(key).ifPresent(value -> picked.put(key, value));
        }
        return picked;
    }

    /** Every header except those named in {@code excluded} (exact spelling), in order; a later repeat wins. */
    public Map<String, String> fieldsExcept(Set<String> excluded) {
        Map<String, String> fields = new LinkedHashMap<>();
        headers.stream().filter(header -> !excluded.contains(header.key()))
                .forEach(header -> fields.put(header.key(), header.value()));
        return fields;
    }

    /** A copy without any header named {@code key}. */
    public AmiMessage without(String key) {
        return new AmiMessage(headers.stream().filter(h -> !h.key().equalsIgnoreCase(key)).toList());
    }

    /** The frame as Asterisk writes it: {@code Key: Value} lines ended by CRLF, then an empty line. */
    public String toWire() {
        StringBuilder wire = new StringBuilder();
        for (Header header : headers) {
            wire.append(header.key()).append(": ").append(header.value()).append(CRLF);
        }
        return wire.append(CRLF).toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AmiMessage message && headers.equals(message.headers);
    }

    @Override
    public int hashCode() {
        return headers.hashCode();
    }

    /** The headers on one line; the values of Secret and Key are masked so that a log never shows them. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("AmiMessage[");
        for (Header header : headers) {
            boolean secret = header.key().equalsIgnoreCase("Secret") || header.key().equalsIgnoreCase("Key");
            text.append(header.key()).append(": ").append(secret ? "***" : header.value()).append("; ");
        }
        return text.append(']').toString();
    }
}
