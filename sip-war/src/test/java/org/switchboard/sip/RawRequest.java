package org.switchboard.sip;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.switchboard.testkit.sip.SipTarget;
import org.switchboard.testkit.sip.SipTransport;

/** A well-formed OPTIONS as text, with its own Call-ID, that a test then breaks in one place. */
public final class RawRequest {

    private String startLine;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String body = "";
    private final String callId = UUID.randomUUID().toString();

    private RawRequest(SipTarget target, SipTransport transport) {
        startLine = "OPTIONS sip:switchboard@" + target + " SIP/2.0";
        headers.put("Via", "SIP/2.0/" + transport.name() + " 127.0.0.1:9;rport;branch=z9hG4bK" + callId);
        headers.put("Max-Forwards", "70");
        headers.put("From", "<sip:console@127.0.0.1>;tag=" + callId.substring(0, 8));
        headers.put("To", "<sip:switchboard@127.0.0.1>");
        headers.put("Call-ID", callId);
        headers.put("CSeq", "1 OPTIONS");
        headers.put("Content-Length", "0");
    }

    public static RawRequest options(SipTarget target, SipTransport transport) {
        return new RawRequest(target, transport);
    }

    public String callId() {
        return callId;
    }

    public RawRequest startLine(String line) {
        startLine = line;
        return this;
    }

    public RawRequest with(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public RawRequest without(String name) {
        headers.remove(name);
        return this;
    }

    /** A body, with Content-Length as given (which may lie). */
    public RawRequest body(String text, String contentLength) {
        body = text;
        headers.put("Content-Type", "text/plain");
        headers.put("Content-Length", contentLength);
        return this;
    }

    public String text() {
        StringBuilder text = new StringBuilder(startLine).append("\r\n");
        headers.forEach((name, value) -> text.append(name).append(": ").append(value).append("\r\n"));
        return text.append("\r\n").append(body).toString();
    }
}
