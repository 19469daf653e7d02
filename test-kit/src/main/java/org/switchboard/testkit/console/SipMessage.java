package org.switchboard.testkit.console;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A SIP message as read off or written to a client's connection: start line, headers in order, body. */
public record SipMessage(String startLine, List<Header> headers, byte[] body) {

    /** One header line. */
    public record Header(String name, String value) {
    }

    public SipMessage {
        headers = List.copyOf(headers);
    }

    public boolean isResponse() {
        return startLine.startsWith("SIP/2.0 ");
    }

    public int status() {
        return Integer.parseInt(startLine.substring(8, 11));
    }

    public String reason() {
        return startLine.length() > 12 ? startLine.substring(12) : "";
    }

    public String method() {
        return startLine.substring(0, startLine.indexOf(' '));
    }

    public List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (Header header : headers) {
            if (header.name().equalsIgnoreCase(name)) {
                values.add(header.value());
            }
        }
        return values;
    }

    public Optional<String> header(String name) {
        return all(name).stream().findFirst();
    }

    /** The number in the CSeq header. */
    public long cseq() {
        return Long.parseLong(header("CSeq").orElseThrow().trim().split("\\s+")[0]);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return startLine;
    }
}
