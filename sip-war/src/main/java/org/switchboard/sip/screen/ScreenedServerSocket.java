package org.switchboard.sip.screen;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;

/**
 * The TCP listening socket: accepted connections are tracked so that the screen can answer on them, and send
 * without Nagle's delay.
 */
final class ScreenedServerSocket extends ServerSocket {

    private final StreamConnections connections;

    ScreenedServerSocket(int port, int backlog, InetAddress address, StreamConnections connections)
            throws IOException {
        super(port, backlog, address);
        this.connections = connections;
    }

    @Override
    public Socket accept() throws IOException {
        if (isClosed()) {
            throw new SocketException("Socket is closed");
        }
        TrackedSocket socket = new TrackedSocket(connections);
        implAccept(socket);
        // a console's updates follow the answer to its command at once: with Nagle's algorithm the second small
        // write waits for the client's delayed acknowledgement of the first (about 40 ms)
        socket.setTcpNoDelay(true);
        connections.opened(socket);
        return socket;
    }
}
