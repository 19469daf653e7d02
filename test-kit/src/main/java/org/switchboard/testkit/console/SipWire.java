package org.switchboard.testkit.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads SIP messages off a stream (framed by Content-Length) and writes requests and answers as text. */
final class SipWire {

    private SipWire() {
    }

    /** The next message on the stream; null at its end. Keep-alive line breaks between messages are skipped. */
    static SipMessage next(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int lastFour = 0;
        while (lastFour != 0x0D0A0D0A) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            if (head.size() == 0 && (b == '\r' || b == '\n')) {
                continue;
            }
            head.write(b);
            lastFour = (lastFour << 8) | b;
        }
        String[] lines = head.toString(StandardCharsets.UTF_8).split("\r\n");
        List<SipMessage.Header> headers = new ArrayList<>();
        int length = 0;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String name = lines[i].substring(0, colon).trim();
                String value = lines[i].substring(colon + 1).trim();
                headers.add(new SipMessage.Header(name, value));
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.equals("content-length") || lower.equals("l")) {
                    length = Integer.parseInt(value);
                }
            }
        }
        return new SipMessage(lines[0], headers, in.readNBytes(length));
    }

    /**
     * A request addressed to {@code uri}, its Via naming {@code via}: the transport and sent-by, such as
     * {@code TCP 127.0.0.1:50123} or {@code WS k3j5.invalid}.
     */
    static byte[] request(String method, String uri, String via, String callId, long cseq, String contentType,
            byte[] body, List<String> extraHeaders) {
        StringBuilder text = new StringBuilder(method).append(' ').append(uri).append(" SIP/2.0\r\n")
                .append("Via: SIP/2.0/").append(via).append(";rport;branch=z9hG4bK")
                .append(callId).append('.').append(cseq).append("\r\n")
                .append("Max-Forwards: 70\r\n")
                .append("From: <sip:console@127.0.0.1>;tag=").append(Integer.toHexString(callId.hashCode()))
                .append("\r\n")
                .append("To: <").append(uri).append(">\r\n")
                .append("Call-ID: ").append(callId).append("\r\n")
                .append("CSeq: ").append(cseq).append(' ').append(method).append("\r\n");
        if (contentType != null) {
            text.append("Content-Type: ").append(contentType).append("\r\n");
        }
        extraHeaders.forEach(header -> text.append(header).append("\r\n"));
        text.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        return join(text.toString().getBytes(StandardCharsets.UTF_8), body);
    }

    /** The final answer {@code status} to a request the server sent. */
    static byte[] answer(SipMessage request, int status, String reason) {
        StringBuilder text = new StringBuilder("SIP/2.0 ").append(status).append(' ').append(reason).append("\r\n");
        request.all("Via").forEach(via -> text.append("Via: ").append(via).append("\r\n"));
        text.append("From: ").append(request.header("From").orElse("")).append("\r\n")
                .append("To: ").append(request.header("To").orElse("")).append(";tag=client\r\n")
                .append("Call-ID: ").append(request.header("Call-ID").orElse("")).append("\r\n")
                .append("CSeq: ").append(request.header("CSeq").orElse("")).append("\r\n")
                .append("Content-Length: 0\r\n\r\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] join(byte[] head, byte[] body) {
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }
}
