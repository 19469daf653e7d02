package org.switchboard.it.pair;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A network link the tests can cut: a TCP relay on an ephemeral port of 127.0.0.1 in front of a port of 127.0.0.1.
 * {@link #cut} closes every relayed connection and refuses new ones (both ends keep running, as when the network
 * between them fails); {@link #heal} lets connections through again. The pair puts one in front of each site's
 * JGroups port (the cluster link) and one between each server and its PBX's manager interface (the AMI link).
 */
final class TcpRelay implements AutoCloseable {

    private final int target;
    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private volatile boolean closed;

    private TcpRelay(int target, ServerSocket listener) {
        this.target = target;
        this.listener = listener;
    }

    /** A relay on an ephemeral port of 127.0.0.1 to {@code targetPort} of 127.0.0.1. */
    static TcpRelay to(int targetPort) {
        try {
            ServerSocket listener = new ServerSocket();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            TcpRelay link = new TcpRelay(targetPort, listener);
            Thread acceptor = new Thread(link::accept, "pair-relay-" + targetPort);
            acceptor.setDaemon(true);
            acceptor.start();
            return link;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a relay to port " + targetPort, e);
        }
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Every relayed connection closed, every new one closed at once. */
    void cut() {
        cut = true;
        open.forEach(TcpRelay::quietly);
        open.clear();
    }

    void heal() {
        cut = false;
    }

    private void accept() {
        while (!closed) {
            try {
                Socket from = listener.accept();
                if (cut) {
                    quietly(from);
                    continue;
                }
                relay(from);
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    /**
     * Connects {@code from} to the target, or closes it at once when nothing listens there: a connection left open
     * but unrelayed would swallow what the client writes without an error, and a JGroups member that reached the
     * relay before its peer started would keep that dead connection, and never hear the peer, for as long as the
     * garbage collector leaves the socket open.
     */
    private void relay(Socket from) {
        Socket to;
        try {
            to = new Socket(InetAddress.getLoopbackAddress(), target);
        } catch (IOException refused) {
            quietly(from);
            return;
        }
        open.add(from);
        open.add(to);
        pump(from, to);
        pump(to, from);
    }

    private void pump(Socket in, Socket out) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream source = in.getInputStream(); OutputStream sink = out.getOutputStream()) {
                int read;
                while ((read = source.read(buffer)) >= 0) {
                    sink.write(buffer, 0, read);
                    sink.flush();
                }
            } catch (IOException e) {
                // the connection ended (closed by a peer, or by the cut): both sides of it close below
            } finally {
                quietly(in);
                quietly(out);
                open.remove(in);
                open.remove(out);
            }
        }, "pair-relay-" + target + "-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void quietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a socket whose peer already went away
        }
    }

    @Override
    public void close() {
        closed = true;
        cut();
        try {
            listener.close();
        } catch (IOException e) {
            // the relay is going away with the test
        }
    }
}
