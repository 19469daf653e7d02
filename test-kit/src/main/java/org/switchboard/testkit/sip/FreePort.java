package org.switchboard.testkit.sip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketException;

/**
 * Finds a port on 127.0.0.1 that is free for both UDP and TCP. JAIN-SIP refuses port 0 ("bad port"), so a SIP
 * stack cannot ask the system for an ephemeral port itself; tests ask here first. Another process may take
 * the port between this call and the bind, so callers that bind retry with a new port.
 */
public final class FreePort {

    private static final int ATTEMPTS = 50;

    private FreePort() {
    }

    /** A port that was free for UDP and TCP on 127.0.0.1 a moment ago. */
    public static int forUdpAndTcp() {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, loopback)) {
                int port = tcp.getLocalPort();
                if (udpFree(loopback, port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open a TCP socket on " + loopback, e);
            }
        }
        throw new IllegalStateException("no port free for both UDP and TCP after " + ATTEMPTS + " attempts");
    }

    private static boolean udpFree(InetAddress address, int port) {
        try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(address, port))) {
            return udp.getLocalPort() == port;
        } catch (SocketException e) {
            return false;
        }
    }
}
