package org.switchboard.sip.screen;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The open TCP connections of one stack, by remote address, so that a 400 can be written on the connection
 * a malformed request came in on: the stack's channel does not expose its socket, and would open a new
 * connection to the peer's ephemeral port instead. The console's links use it too: to hear at once that a
 * client's connection closed, and never to send on a connection that is gone.
 */
final class StreamConnections {

    private final Map<SocketAddress, Socket> open = new ConcurrentHashMap<>();
    private volatile Consumer<InetSocketAddress> whenClosed = remote -> { };

    void opened(Socket socket) {
        SocketAddress remote = socket.getRemoteSocketAddress();
        if (remote != null) {
            open.put(remote, socket);
        }
    }

    void closed(Socket socket) {
        SocketAddress remote = socket.getRemoteSocketAddress();
        if (remote instanceof InetSocketAddress peer && open.remove(remote, socket)) {
            whenClosed.accept(peer);
        }
    }

    /** Hears the remote address of every tracked connection that closes, once, on the closing thread. */
    void whenClosed(Consumer<InetSocketAddress> listener) {
        whenClosed = listener;
    }

    Optional<Socket> to(InetAddress address, int port) {
        return Optional.ofNullable(open.get(new InetSocketAddress(address, port)));
    }
}
