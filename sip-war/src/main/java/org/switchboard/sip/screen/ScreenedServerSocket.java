package org.switchboard.sip.screen;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;

/** The TCP listening socket: accepted connections are tracked so that the screen can answer on them. */
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
        connections.opened(socket);
        return socket;
    }
}
