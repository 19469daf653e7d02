package org.switchboard.sip.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.junit.jupiter.api.Test;

class ScreeningNetworkLayerTest {

    private final ScreeningNetworkLayer layer = new ScreeningNetworkLayer();

    @Test
    void anAcceptedConnectionCanBeFoundByItsPeerUntilItIsClosed() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket server = layer.createServerSocket(0, 1, loopback);
                Socket client = new Socket(loopback, server.getLocalPort())) {
            Socket accepted = server.accept();

            assertThat(layer.connections().to(loopback, client.getLocalPort())).containsSame(accepted);
            accepted.close();
            assertThat(layer.connections().to(loopback, client.getLocalPort())).isEmpty();
        }
    }

    @Test
    void anAcceptedConnection_sendsWithoutNaglesDelay() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket server = layer.createServerSocket(0, 1, loopback);
                Socket client = new Socket(loopback, server.getLocalPort());
                Socket accepted = server.accept()) {
            assertThat(accepted.getTcpNoDelay()).as("an update right after an answer goes at once").isTrue();
        }
    }

    @Test
    void anOutgoingConnectionIsTrackedToo() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket peer = new ServerSocket(0, 1, loopback);
                Socket outgoing = layer.createSocket(loopback, peer.getLocalPort(), loopback)) {
            InetSocketAddress remote = (InetSocketAddress) outgoing.getRemoteSocketAddress();

            assertThat(layer.connections().to(remote.getAddress(), remote.getPort())).containsSame(outgoing);
        }
    }
}
