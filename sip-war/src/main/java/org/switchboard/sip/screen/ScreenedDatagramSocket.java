package org.switchboard.sip.screen;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.Arrays;

/**
 * The UDP listening socket. Each datagram is screened before the stack reads it: a malformed request is
 * answered with 400 from this socket to the datagram's source (as the stack answers requests with rport),
 * or logged and dropped; either way the stack never sees it. Only the stack's receiving thread calls
 * {@link #receive(DatagramPacket)}.
 */
final class ScreenedDatagramSocket extends DatagramSocket {

    private final RequestScreen screen;

    ScreenedDatagramSocket(int port, InetAddress address, RequestScreen screen) throws SocketException {
        super(port, address);
        this.screen = screen;
    }

    @Override
    public void receive(DatagramPacket packet) throws IOException {
        int capacity = packet.getLength();
        while (true) {
            packet.setLength(capacity);
            super.receive(packet);
            byte[] datagram = Arrays.copyOfRange(packet.getData(), packet.getOffset(),
                    packet.getOffset() + packet.getLength());
            ScreenVerdict verdict = Refusals.inspect(screen, datagram, true);
            if (verdict instanceof ScreenVerdict.Pass) {
                return;
            }
            InetSocketAddress source = (InetSocketAddress) packet.getSocketAddress();
            Refusals.carryOut(verdict, "udp", source.getAddress().getHostAddress() + ":" + source.getPort(),
                    bytes -> send(new DatagramPacket(bytes, bytes.length, source)));
        }
    }
}
