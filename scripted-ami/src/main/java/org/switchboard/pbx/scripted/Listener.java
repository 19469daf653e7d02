package org.switchboard.pbx.scripted;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Accepts TCP connections on 127.0.0.1 (an ephemeral port) on one thread and passes each socket on; while
 * refusing, it accepts and at once closes, so a client sees its connection end before any greeting.
 */
final class Listener {

    private static final System.Logger LOG = System.getLogger(Listener.class.getName());

    private final ServerSocket serverSocket;
    private final Consumer<Socket> accepted;
    private final Thread thread;
    private final AtomicInteger count = new AtomicInteger();
    private volatile boolean refusing;

    Listener(String threadPrefix, Consumer<Socket> accepted) throws IOException {
        this.serverSocket = new ServerSocket();
        serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.accepted = accepted;
        this.thread = new Thread(this::run, threadPrefix + port() + "-accept");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    /** A name for the next connection's thread. */
    int nextConnectionNumber() {
        return count.incrementAndGet();
    }

    void refuse(boolean refuse) {
        this.refusing = refuse;
    }

    private void run() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                if (refusing) {
                    socket.close();
                } else {
                    accepted.accept(socket);
                }
            } catch (SocketException e) {
                LOG.log(Level.DEBUG, () -> "listener on port " + port() + " stopped: " + e.getMessage());
            } catch (IOException e) {
                LOG.log(Level.WARNING, () -> "accept failed on port " + port() + ": " + e.getMessage());
            }
        }
    }

    void close(Duration timeout) throws InterruptedException {
        try {
            serverSocket.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> "closing the listener failed: " + e.getMessage());
        }
        thread.join(Math.max(1, timeout.toMillis()));
    }
}
