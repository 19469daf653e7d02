package org.switchboard.sip.screen;

import java.io.IOException;
import java.net.Socket;

/** A TCP socket that keeps itself in its stack's {@link StreamConnections} while open. */
final class TrackedSocket extends Socket {

    private final StreamConnections connections;

    TrackedSocket(StreamConnections connections) {
        this.connections = connections;
    }

    @Override
    public synchronized void close() throws IOException {
        connections.closed(this);
        super.close();
    }
}
