package org.switchboard.sip.console;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A SIP message as read off a test client's socket: start line, headers in order, body. */
record SipText(String startLine, List<String[]> headers, byte[] body) {

    boolean isResponse() {
        return startLine.startsWith("SIP/2.0 ");
    }

    int status() {
        return Integer.parseInt(startLine.substring(8, 11));
    }

    String reason() {
        return startLine.substring(12);
    }

    String method() {
        return startLine.substring(0, startLine.indexOf(' '));
    }

    List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (String[] header : headers) {
            if (header[0].equalsIgnoreCase(name)) {
                values.add(header[1]);
            }
        }
        return values;
    }

    Optional<String> header(String name) {
        return all(name).stream().findFirst();
    }

    /** The number in the CSeq header. */
    long cseq() {
        return Long.parseLong(header("CSeq").orElseThrow().trim().split("\\s+")[0]);
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
