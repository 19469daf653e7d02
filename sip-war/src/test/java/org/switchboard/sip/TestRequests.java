package org.switchboard.sip;

import java.text.ParseException;
import java.util.UUID;

import javax.sip.message.Request;

import gov.nist.javax.sip.message.MessageFactoryImpl;

/** Parsed requests for unit tests, each with its own Call-ID. */
public final class TestRequests {

    private TestRequests() {
    }

    public static Request request(String method) {
        return request(method, "sip:switchboard@127.0.0.1");
    }

    /** A request to this Request-URI, such as {@code sip:npa10001@127.0.0.1:5070}. */
    public static Request request(String method, String requestUri) {
        String callId = UUID.randomUUID().toString();
        return parse(method + " " + requestUri + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK" + callId + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:console@127.0.0.1>;tag=c1\r\n"
                + "To: <sip:switchboard@127.0.0.1>\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: 1 " + method + "\r\n"
                + "Content-Length: 0\r\n\r\n");
    }

    public static Request parse(String raw) {
        try {
            return new MessageFactoryImpl().createRequest(raw);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a request: " + raw, e);
        }
    }
}
