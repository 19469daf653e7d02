package org.switchboard.health.probe;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.switchboard.health.model.PbxSelfTest.Answer;

/**
 * Asks a SIP server whether it is alive: one OPTIONS over UDP from an ephemeral port, retransmitted as RFC 3261
 * says for UDP (after 500 ms, then twice as long each time) until the deadline. Any response with the request's
 * Call-ID counts as an answer (a 401 or a 503 too: the SIP stack is running); silence until the deadline is
 * {@link Answer.Silent}. Plain Java (no SIP stack): it needs none for one request, and it must not share the
 * server's own SIP stack, whose threads it would then depend on. Blocks the caller until the answer or the
 * deadline; never throws.
 */
public final class SipOptionsPing {

    private static final Duration FIRST_RETRANSMIT = Duration.ofMillis(500);
    private static final int MAX_DATAGRAM = 65_535;

    private SipOptionsPing() {
    }

    /** Sends OPTIONS to {@code address} (resolved now if it is not) and waits at most {@code deadline} for its answer. */
    public static Answer ask(InetSocketAddress address, Duration deadline) {
        InetSocketAddress target = address.isUnresolved()
                ? new InetSocketAddress(address.getHostString(), address.getPort()) : address;
        if (target.isUnresolved()) {
            return new Answer.Broken("cannot resolve " + target.getHostString());
        }
        long start = System.nanoTime();
        long end = start + deadline.toNanos();
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(target);
            String callId = UUID.randomUUID() + "@switchboard";
            byte[] request = request(target, socket, callId).getBytes(StandardCharsets.UTF_8);
            DatagramPacket out = new DatagramPacket(request, request.length);
            Duration interval = FIRST_RETRANSMIT;
            long nextSend = start;
            byte[] buffer = new byte[MAX_DATAGRAM];
            while (true) {
                long now = System.nanoTime();
                if (now >= end) {
                    return new Answer.Silent(deadline);
                }
                if (now >= nextSend) {
                    socket.send(out);
                    nextSend = now + interval.toNanos();
                    interval = interval.multipliedBy(2);
                }
                long wait = Math.min(end, nextSend) - now;
                socket.setSoTimeout((int) Math.max(1, wait / 1_000_000));
                DatagramPacket in = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(in);
                } catch (SocketTimeoutException quiet) {
                    continue;
                }
                String response = new String(in.getData(), 0, in.getLength(), StandardCharsets.UTF_8);
                if (response.startsWith("SIP/2.0 ") && callIdOf(response).equals(callId)) {
                    String status = response.substring("SIP/2.0 ".length(), response.indexOf('\n')).strip();
                    return new Answer.Answered(status, Duration.ofNanos(System.nanoTime() - start));
                }
            }
        } catch (IOException | RuntimeException e) {
            // a port unreachable (ICMP) on a connected socket: nothing listens there
            return new Answer.Broken("OPTIONS failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static String request(InetSocketAddress target, DatagramSocket socket, String callId) {
        String local = socket.getLocalAddress().getHostAddress() + ":" + socket.getLocalPort();
        String uri = "sip:" + target.getHostString() + ":" + target.getPort();
        String branch = "z9hG4bK" + UUID.randomUUID().toString().replace("-", "");
        return "OPTIONS " + uri + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP " + local + ";branch=" + branch + ";rport\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:switchboard-health@" + local + ">;tag=" + Long.toHexString(System.nanoTime()) + "\r\n"
                + "To: <" + uri + ">\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "User-Agent: Switchboard health probe\r\n"
                + "Accept: application/sdp\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    /** The Call-ID header's value (long or compact form), or "" when absent. */
    static String callIdOf(String message) {
        for (String line : message.split("\r?\n")) {
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                String name = line.substring(0, colon).strip();
                if (name.equalsIgnoreCase("Call-ID") || name.equalsIgnoreCase("i")) {
                    return line.substring(colon + 1).strip();
                }
            }
        }
        return "";
    }
}
