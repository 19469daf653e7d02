package org.switchboard.testkit.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.function.Consumer;

/** One TCP connection to the server's SIP port on 127.0.0.1, messages framed by Content-Length. */
final class TcpWire implements ConsoleWire {

    private final Socket socket;
    private final OutputStream out;
    private final int serverPort;

    private TcpWire(Socket socket, int serverPort) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.serverPort = serverPort;
    }

    static TcpWire connect(int serverPort) {
        try {
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), serverPort);
            socket.setTcpNoDelay(true);
            return new TcpWire(socket, serverPort);
        } catch (IOException e) {
            throw new IllegalStateException("cannot connect to the console's SIP port " + serverPort, e);
        }
    }

    @Override
    public String serverUri() {
        return "sip:switchboard@127.0.0.1:" + serverPort + ";transport=tcp";
    }

    @Override
    public String via() {
        return "TCP 127.0.0.1:" + socket.getLocalPort();
    }

    @Override
    public int localPort() {
        return socket.getLocalPort();
    }

    @Override
    public void send(byte[] message) throws IOException {
        synchronized (out) {
            out.write(message);
            out.flush();
        }
    }

    @Override
    public void start(Consumer<SipMessage> received, Consumer<Boolean> ended) {
        Thread reader = new Thread(() -> read(received, ended), "console-client-" + socket.getLocalPort());
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Consumer<SipMessage> received, Consumer<Boolean> ended) {
        boolean byServer;
        try {
            InputStream in = socket.getInputStream();
            for (SipMessage message = SipWire.next(in); message != null; message = SipWire.next(in)) {
                received.accept(message);
            }
            byServer = true;
        } catch (IOException e) {
            byServer = !socket.isClosed();
        }
        ended.accept(byServer);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void abort() {
        close();
    }
}
