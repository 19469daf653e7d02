package org.switchboard.sip.screen;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A message's start line and header fields read without a SIP parser, to answer a message the parser
 * refuses. Bytes are read as ISO-8859-1 so that header values are copied back exactly; lines may end with
 * CRLF or LF, and continuation lines are unfolded. Compact header names (RFC 3261 section 7.3.3) are
 * stored under their long names.
 */
final class RawMessage {

    private static final Map<String, String> LONG_NAMES = Map.of(
            "v", "Via", "f", "From", "t", "To", "i", "Call-ID", "l", "Content-Length");

    record Field(String name, String value) {
    }

    private final String startLine;
    private final List<Field> fields;
    private final int headerLength;
    private final int length;

    private RawMessage(String startLine, List<Field> fields, int headerLength, int length) {
        this.startLine = startLine;
        this.fields = List.copyOf(fields);
        this.headerLength = headerLength;
        this.length = length;
    }

    static RawMessage of(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>();
        int position = skipLeadingLineBreaks(text);
        int headerEnd = text.length();
        while (position < text.length()) {
            int newline = text.indexOf('\n', position);
            int next = newline < 0 ? text.length() : newline + 1;
            String line = text.substring(position, newline < 0 ? text.length() : newline);
            line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            position = next;
            if (line.isEmpty()) {
                headerEnd = position;
                break;
            }
            lines.add(line);
        }
        String startLine = lines.isEmpty() ? "" : lines.get(0);
        return new RawMessage(startLine, fields(lines), headerEnd, bytes.length);
    }

    private static int skipLeadingLineBreaks(String text) {
        int position = 0;
        while (position < text.length() && (text.charAt(position) == '\r' || text.charAt(position) == '\n')) {
            position++;
        }
        return position;
    }

    private static List<Field> fields(List<String> lines) {
        List<Field> fields = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if ((line.startsWith(" ") || line.startsWith("\t")) && !fields.isEmpty()) {
                Field last = fields.remove(fields.size() - 1);
                fields.add(new Field(last.name(), last.value() + " " + line.trim()));
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                String name = line.substring(0, colon).trim();
                fields.add(new Field(LONG_NAMES.getOrDefault(name.toLowerCase(Locale.ROOT), name),
                        line.substring(colon + 1).trim()));
            }
        }
        return fields;
    }

    String startLine() {
        return startLine;
    }

    boolean isBlank() {
        return startLine.isBlank() && fields.isEmpty();
    }

    boolean isResponse() {
        return startLine.startsWith("SIP/");
    }

    boolean isAck() {
        return startLine.regionMatches(true, 0, "ACK ", 0, 4);
    }

    /** Every value of the header with this long name, in order. */
    List<String> values(String name) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).map(Field::value).toList();
    }

    Optional<String> first(String name) {
        return values(name).stream().findFirst();
    }

    /** The Content-Length value; empty when absent or not a non-negative number. */
    OptionalInt contentLength() {
        Optional<String> value = first("Content-Length");
        if (value.isEmpty() || !value.get().matches("\\d{1,9}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(value.get()));
    }

    /** True when a stream reader can tell where the next message starts: no body follows these headers. */
    boolean endsAtHeaders() {
        return first("Content-Length").isEmpty() || contentLength().orElse(-1) == 0;
    }

    /** The number of bytes after the blank line that ends the headers. */
    int bodyLength() {
        return length - Math.min(headerLength, length);
    }
}
