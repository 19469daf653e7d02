package org.switchboard.sip.screen;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.switchboard.sip.ReasonPhrase;

/**
 * The 400 for a request that the stack could not parse, written as text because there is no parsed request
 * to build a response from (every other response is built by {@code SipResponses}). It copies the request's
 * Via, From, To, Call-ID and CSeq values as they were written (RFC 3261 section 8.2.6.2), adds a To tag, and
 * has no body.
 */
final class BadRequestReply {

    private BadRequestReply() {
    }

    static byte[] to(RawMessage request, String reason) {
        StringBuilder reply = new StringBuilder(256)
                .append("SIP/2.0 400 ").append(ReasonPhrase.of(reason, "Bad Request")).append("\r\n");
        request.values("Via").forEach(via -> reply.append("Via: ").append(via).append("\r\n"));
        request.first("From").ifPresent(from -> reply.append("From: ").append(from).append("\r\n"));
        request.first("To").ifPresent(to -> reply.append("To: ").append(withTag(to)).append("\r\n"));
        request.first("Call-ID").ifPresent(id -> reply.append("Call-ID: ").append(id).append("\r\n"));
        request.first("CSeq").ifPresent(cseq -> reply.append("CSeq: ").append(cseq).append("\r\n"));
        reply.append("Content-Length: 0\r\n\r\n");
        return reply.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String withTag(String to) {
        if (to.toLowerCase(Locale.ROOT).contains(";tag=")) {
            return to;
        }
        return to + ";tag=" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    }
}
