package org.switchboard.testkit.sip;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header fields of a message in the order received. Names compare case-insensitively, and the compact
 * forms of RFC 3261 (for example {@code i} for Call-ID) are stored under their long names.
 */
public record SipHeaders(List<SipHeader> all) {

    private static final Map<String, String> LONG_NAMES = Map.ofEntries(
            Map.entry("v", "Via"), Map.entry("f", "From"), Map.entry("t", "To"), Map.entry("i", "Call-ID"),
            Map.entry("l", "Content-Length"), Map.entry("c", "Content-Type"), Map.entry("m", "Contact"),
            Map.entry("e", "Content-Encoding"), Map.entry("k", "Supported"), Map.entry("s", "Subject"));

    public SipHeaders {
        all = List.copyOf(all);
    }

    /** Builds a header, turning a compact name into its long form. */
    public static SipHeader header(String name, String value) {
        String trimmed = name.trim();
        return new SipHeader(LONG_NAMES.getOrDefault(trimmed.toLowerCase(Locale.ROOT), trimmed), value.trim());
    }

    /** The value of the first header with this name. */
    public Optional<String> first(String name) {
        return values(name).stream().findFirst();
    }

    /** The values of every header with this name, in order. */
    public List<String> values(String name) {
        return all.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(SipHeader::value).toList();
    }

    /**
     * The comma-separated items of every header with this name, for list headers such as Allow and Accept:
     * {@code Allow: OPTIONS, MESSAGE} gives {@code [OPTIONS, MESSAGE]}.
     */
    public List<String> items(String name) {
        List<String> items = new ArrayList<>();
        for (String value : values(name)) {
            Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
        }
        return List.copyOf(items);
    }
}
