package org.switchboard.sip.screen;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open TCP connections of one stack, by remote address, so that a 400 can be written on the connection
 * a malformed request came in on: the stack's channel does not expose its socket, and would open a new
 * connection to the peer's ephemeral port instead.
 */
final class StreamConnections {

    private final Map<SocketAddress, Socket> open = new ConcurrentHashMap<>();

    void opened(Socket socket) {
        SocketAddress remote = socket.getRemoteSocketAddress();
        if (remote != null) {
            open.put(remote, socket);
        }
    }

    void closed(Socket socket) {
        SocketAddress remote = socket.getRemoteSocketAddress();
        if (remote != null) {
            open.remove(remote, socket);
        }
    }

    Optional<Socket> to(InetAddress address, int port) {
        return Optional.ofNullable(open.get(new InetSocketAddress(address, port)));
    }
}
