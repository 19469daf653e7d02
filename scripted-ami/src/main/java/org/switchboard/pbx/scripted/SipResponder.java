package org.switchboard.pbx.scripted;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The scripted PBX's SIP side, as far as a health check needs it: a UDP socket on 127.0.0.1 (a given or ephemeral port)
 * that answers OPTIONS with 200 OK as the recorded Asterisk 22 (PJSIP, {@code user_agent = Switchboard-TestPBX}
 * in the recordings' pjsip.conf) does: Via, From, Call-ID and CSeq copied, a tag added to To, its Allow, Accept
 * and Supported lists, and its Server header. Any other request is read and left unanswered: nothing else of the
 * PBX's SIP is simulated. While the server plays dead ({@link Freeze}) the socket is not read, so requests wait
 * in its buffer as in a deadlocked Asterisk's, and are answered once it thaws.
 */
final class SipResponder implements AutoCloseable {

    static final String SERVER = "Switchboard-TestPBX";

    private static final System.Logger LOG = System.getLogger(SipResponder.class.getName());
    private static final int MAX_DATAGRAM = 65_535;
    private static final List<String> COPIED = List.of("via", "v", "from", "f", "call-id", "i", "cseq");

    private final DatagramSocket socket;
    private final Freeze freeze;
    private final Thread thread;
    private final AtomicInteger answered = new AtomicInteger();

    SipResponder(String threadPrefix, Freeze freeze, int port) throws SocketException {
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        this.freeze = freeze;
        this.thread = new Thread(this::run, threadPrefix + "sip-" + socket.getLocalPort());
        thread.setDaemon(true);
        thread.start();
    }

    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** How many OPTIONS were answered so far (counted before the answer is sent). */
    int optionsAnswered() {
        return answered.get();
    }

    @Override
    public void close() {
        socket.close();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        byte[] buffer = new byte[MAX_DATAGRAM];
        try {
            while (!socket.isClosed() && freeze.awaitThawed()) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                if (freeze.awaitThawed()) {
                    String request = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
                    answer(request, packet);
                }
            }
        } catch (SocketException closed) {
            // close() ended the loop
        } catch (IOException e) {
            LOG.log(Level.WARNING, () -> "the scripted SIP responder stopped: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void answer(String request, DatagramPacket packet) throws IOException {
        if (!request.regionMatches(true, 0, "OPTIONS ", 0, 8)) {
            LOG.log(Level.DEBUG, () -> "not answered (only OPTIONS are): " + request.lines().findFirst().orElse(""));
            return;
        }
        byte[] response = okTo(request, packet.getAddress().getHostAddress()).getBytes(StandardCharsets.UTF_8);
        answered.incrementAndGet();
        socket.send(new DatagramPacket(response, response.length, packet.getSocketAddress()));
    }

    /** The 200 OK to this OPTIONS: its own headers copied, as RFC 3261 8.2.6 and Asterisk do. */
    static String okTo(String request, String sourceAddress) {
        List<String> copied = new ArrayList<>();
        String to = null;
        for (String line : request.split("\r?\n")) {
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (COPIED.contains(name)) {
                copied.add(name.equals("via") || name.equals("v") ? received(line, sourceAddress) : line);
            } else if (name.equals("to") || name.equals("t")) {
                to = line.contains(";tag=") ? line : line + ";tag=" + UUID.randomUUID();
            }
        }
        StringBuilder response = new StringBuilder("SIP/2.0 200 OK\r\n");
        copied.forEach(line -> response.append(line).append("\r\n"));
        if (to != null) {
            response.append(to).append("\r\n");
        }
        return response
                .append("Accept: application/sdp, application/simple-message-summary, application/pidf+xml, ")
                .append("application/xpidf+xml, application/dialog-info+xml, message/sipfrag;version=2.0\r\n")
                .append("Allow: OPTIONS, REGISTER, SUBSCRIBE, NOTIFY, PUBLISH, INVITE, ACK, BYE, CANCEL, UPDATE, ")
                .append("PRACK, INFO, MESSAGE, REFER\r\n")
                .append("Supported: 100rel, timer, replaces, norefersub, histinfo\r\n")
                .append("Accept-Encoding: identity\r\n")
                .append("Accept-Language: en\r\n")
                .append("Server: ").append(SERVER).append("\r\n")
                .append("Content-Length:  0\r\n\r\n")
                .toString();
    }

    private static String received(String via, String sourceAddress) {
        return via.contains(";received=") ? via : via + ";received=" + sourceAddress;
    }
}
