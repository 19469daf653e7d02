package org.switchboard.sip.screen;

import java.io.IOException;
import java.net.ConnectException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import gov.nist.core.net.NetworkLayer;
import gov.nist.javax.sip.SipStackImpl;

/**
 * The sockets of one stack ({@code gov.nist.javax.sip.NETWORK_LAYER}; the stack creates one instance):
 * the UDP listening socket screens datagrams, TCP connections are tracked for the stream screen
 * ({@link ScreeningParserFactory}). Outgoing sockets behave as the stack's default ones. No TLS. Messages that
 * arrive whole without a socket of the stack (over a WebSocket) are screened like datagrams ({@link #admitWhole}).
 */
public final class ScreeningNetworkLayer implements NetworkLayer {

    private static final int CONNECT_TIMEOUT_MILLIS = 8000;

    private final RequestScreen screen = new RequestScreen();
    private final StreamConnections connections = new StreamConnections();

    RequestScreen screen() {
        return screen;
    }

    StreamConnections connections() {
        return connections;
    }

    /** True while a TCP connection with this remote address and port is open. */
    public boolean isOpen(InetAddress address, int port) {
        return connections.to(address, port).isPresent();
    }

    /**
     * Screens a message that arrives whole, body included (one WebSocket message), as a datagram is screened: a
     * malformed request is answered 400 through {@code reply}, or logged and dropped.
     *
     * @param source the sender, for the log, for example {@code 127.0.0.1:53122}
     * @return true when the stack may take the message; false when it was refused
     */
    public boolean admitWhole(byte[] message, String transport, String source, Consumer<byte[]> reply) {
        ScreenVerdict verdict = Refusals.inspect(screen, message, true);
        if (verdict instanceof ScreenVerdict.Pass) {
            return true;
        }
        Refusals.carryOut(verdict, transport, source, reply::accept);
        return false;
    }

    /** Hears the remote address and port of every TCP connection that closes, on the closing thread. */
    public void whenClosed(BiConsumer<String, Integer> listener) {
        connections.whenClosed(remote -> listener.accept(remote.getAddress().getHostAddress(), remote.getPort()));
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress bindAddress) throws IOException {
        return new ScreenedServerSocket(port, backlog, bindAddress, connections);
    }

    @Override
    public DatagramSocket createDatagramSocket(int port, InetAddress address) throws SocketException {
        return new ScreenedDatagramSocket(port, address, screen);
    }

    @Override
    public DatagramSocket createDatagramSocket() throws SocketException {
        return new DatagramSocket();
    }

    @Override
    public Socket createSocket(InetAddress address, int port) throws IOException {
        return connect(address, port, null);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress) throws IOException {
        return connect(address, port, localAddress);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        // like the stack's default layer: the local port is left to the system
        return connect(address, port, localAddress);
    }

    private Socket connect(InetAddress address, int port, InetAddress localAddress) throws IOException {
        TrackedSocket socket = new TrackedSocket(connections);
        try {
            if (localAddress != null) {
                socket.bind(new InetSocketAddress(localAddress, 0));
            }
            socket.connect(new InetSocketAddress(address, port), CONNECT_TIMEOUT_MILLIS);
        } catch (SocketTimeoutException e) {
            socket.close();
            throw new ConnectException("no TCP connection to " + address.getHostAddress() + ":" + port + " within "
                    + CONNECT_TIMEOUT_MILLIS + " ms");
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        connections.opened(socket);
        return socket;
    }

    @Override
    public SSLServerSocket createSSLServerSocket(int port, int backlog, InetAddress bindAddress) throws IOException {
        throw new IOException("the Switchboard SIP endpoint offers no TLS");
    }

    @Override
    public SSLSocket createSSLSocket(InetAddress address, int port) throws IOException {
        throw new IOException("the Switchboard SIP endpoint offers no TLS");
    }

    @Override
    public SSLSocket createSSLSocket(InetAddress address, int port, InetAddress localAddress) throws IOException {
        throw new IOException("the Switchboard SIP endpoint offers no TLS");
    }

    @Override
    public void setSipStack(SipStackImpl sipStack) {
        // the sockets need nothing from the stack
    }
}
