package org.switchboard.it.pair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.switchboard.it.ScriptedPbx;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.AmiTrace;

/**
 * What the upstream gateway and the reception dialplan of the seed do with each reception call: the primary's
 * Asterisk checks the console's peer as its PJSIP qualify does (a SIP OPTIONS over UDP to the console server, the
 * Request-URI user being the console's peer {@value #QUALIFY_USER}, {@value #QUALIFY_TIMEOUT_MILLIS} ms to answer;
 * Asterisk 22 counts any answer, 503 included, as reachable). Reachable: the call goes on at the primary (its PBX
 * plays it). Unreachable: ChanIsAvail fails, the primary's dialplan answers Congestion (its PBX plays the recorded
 * congestion), and the upstream gateway sends the call to the secondary (its PBX
 * plays it). Every routing is recorded with its time.
 */
final class TestGateway {

    static final String QUALIFY_USER = "npa10001";
    static final int QUALIFY_TIMEOUT_MILLIS = 2000;
    static final String RECEPTION_CALL = "incoming-queue-answered-202";
    static final String CONGESTION = "console-unavailable-congestion";
    /** The day the reception call was recorded (its CDR belongs to that day, or to today: the one the server takes). */
    static final LocalDate RECORDED_DAY = recordedDay();

    /** Where a reception call went, when, and what the qualify saw. */
    record Routed(String callId, String site, Instant at, Optional<Integer> qualifyStatus) {
    }

    private final PairSite primary;
    private final PairSite secondary;
    private final List<Routed> routed = new CopyOnWriteArrayList<>();

    TestGateway(PairSite primary, PairSite secondary) {
        this.primary = primary;
        this.secondary = secondary;
    }

    /** A fresh reception call (the recorded answered queue call with ids of its own), routed; returns where it went. */
    Routed receptionCall() {
        List<AmiMessage> call = ScriptedPbx.fresh(RECEPTION_CALL);
        String callId = ScriptedPbx.firstCallId(call);
        Optional<Integer> qualify = qualify(primary);
        Routed routing;
        if (qualify.isPresent()) {
            primary.pbx().emit(call);
            routing = new Routed(callId, primary.name(), Instant.now(), qualify);
        } else {
            primary.pbx().emit(ScriptedPbx.fresh(CONGESTION));
            secondary.pbx().emit(call);
            routing = new Routed(callId, secondary.name(), Instant.now(), qualify);
        }
        routed.add(routing);
        return routing;
    }

    /**
     * The PBX's qualify of the console's peer on {@code site}: the status of the first answer, empty when none came
     * within the qualify's timeout.
     */
    static Optional<Integer> qualify(PairSite site) {
        return qualify(site.sipPort());
    }

    /** The qualify of the console's peer listening on UDP {@code sipPort} of 127.0.0.1. */
    static Optional<Integer> qualify(int sipPort) {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            byte[] request = options(sipPort, socket.getLocalPort()).getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(request, request.length,
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), sipPort)));
            long deadline = System.nanoTime() + Duration.ofMillis(QUALIFY_TIMEOUT_MILLIS).toNanos();
            byte[] buffer = new byte[65_535];
            while (true) {
                long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
                if (left <= 0) {
                    return Optional.empty();
                }
                socket.setSoTimeout((int) left);
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
                if (text.startsWith("SIP/2.0 ")) {
                    return Optional.of(Integer.parseInt(text.substring(8, 11)));
                }
            }
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        } catch (java.net.PortUnreachableException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("the qualify of 127.0.0.1:" + sipPort + " failed", e);
        }
    }

    /** An OPTIONS as Asterisk 22's PJSIP qualify sends it to a contact of the console's AOR. */
    private static String options(int sipPort, int localPort) {
        String branch = "z9hG4bK" + UUID.randomUUID().toString().replace("-", "");
        return "OPTIONS sip:" + QUALIFY_USER + "@127.0.0.1:" + sipPort + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + localPort + ";rport;branch=" + branch + "\r\n"
                + "From: <sip:" + QUALIFY_USER + "@127.0.0.1>;tag=" + UUID.randomUUID() + "\r\n"
                + "To: <sip:" + QUALIFY_USER + "@127.0.0.1:" + sipPort + ">\r\n"
                + "Contact: <sip:" + QUALIFY_USER + "@127.0.0.1:" + localPort + ">\r\n"
                + "Call-ID: " + UUID.randomUUID() + "\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "Max-Forwards: 70\r\n"
                + "User-Agent: Asterisk PBX 22.0.0 (switchboard test gateway)\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    private static LocalDate recordedDay() {
        String timestamp = AmiTrace.recorded(RECEPTION_CALL).events().stream().map(event -> event.get("Timestamp"))
                .flatMap(Optional::stream).findFirst().orElseThrow();
        return LocalDate.ofInstant(Instant.ofEpochSecond((long) Double.parseDouble(timestamp)), ZoneOffset.UTC);
    }

    List<Routed> routed() {
        return List.copyOf(routed);
    }
}
