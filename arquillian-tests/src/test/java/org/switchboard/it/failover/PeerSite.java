package org.switchboard.it.failover;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.jgroups.JChannel;
import org.jgroups.Message;
import org.jgroups.Receiver;
import org.jgroups.fork.ForkChannel;
import org.jgroups.protocols.FD_ALL3;
import org.jgroups.protocols.FORK;
import org.jgroups.protocols.FRAG4;
import org.jgroups.protocols.MERGE3;
import org.jgroups.protocols.NAKACK4;
import org.jgroups.protocols.RED;
import org.jgroups.protocols.TCP;
import org.jgroups.protocols.TCPPING;
import org.jgroups.protocols.UNICAST4;
import org.jgroups.protocols.VERIFY_SUSPECT2;
import org.jgroups.protocols.pbcast.GMS;
import org.jgroups.stack.Protocol;
import org.jgroups.util.Util;
import org.switchboard.failover.PairCodec;
import org.switchboard.failover.PairLink;
import org.switchboard.failover.model.PairMessage;

/**
 * The other site of the pair, played by the test: a JGroups channel with the stack wildfly-config's clustering.cli
 * gives the server's {@code ee} channel (TCP, static peers from {@code SWB_CLUSTER_PEERS}, the same protocols in the
 * same order, FORK on top as WildFly adds it) joining the server's cluster ({@code SWB_CLUSTER_NAME}), and on it a
 * fork channel with the server's fork stack (the cluster name) and fork id ({@link PairLink#FORK}). It keeps every
 * pair message it hears, decoded, with the sender.
 */
final class PeerSite implements AutoCloseable {

    /** A message heard, with who sent it. */
    record Heard(String sender, PairMessage message) {
    }

    private final JChannel main;
    private final ForkChannel pair;
    private final List<Heard> heard = new CopyOnWriteArrayList<>();

    private PeerSite(String name) throws Exception {
        String cluster = System.getenv("SWB_CLUSTER_NAME");
        TCP tcp = new TCP();
        tcp.setBindAddress(InetAddress.getByName("127.0.0.1"));
        tcp.setBindPort(freePort()); // TCPPING wants a fixed port: one the system just handed out
        Protocol[] stack = {tcp,
                new TCPPING().setInitialHosts2(Util.parseCommaDelimitedHosts(System.getenv("SWB_CLUSTER_PEERS"), 0))
                        .setPortRange(0),
                new RED(), new MERGE3(), new FD_ALL3(), new VERIFY_SUSPECT2(), new NAKACK4(), new UNICAST4(), new GMS(),
                new FRAG4(), new FORK()};
        main = new JChannel(stack).name(name);
        main.connect(cluster);
        pair = new ForkChannel(main, cluster, PairLink.FORK);
        pair.setReceiver(new Receiver() {
            @Override
            public void receive(Message message) {
                if (PairCodec.decode(message.getArray()) instanceof PairCodec.Decoded.Ok ok) {
                    heard.add(new Heard(String.valueOf(message.getSrc()), ok.message()));
                }
            }
        });
        pair.connect(cluster);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    static PeerSite join(String name) throws Exception {
        return new PeerSite(name);
    }

    String address() {
        return String.valueOf(main.getAddress());
    }

    int viewSize() {
        return main.getView().size();
    }

    void send(PairMessage message) throws Exception {
        sendRaw(PairCodec.encode(message));
    }

    void sendRaw(byte[] bytes) throws Exception {
        pair.send(null, bytes);
    }

    /** The latest message heard of this kind that passes {@code test}. */
    <T extends PairMessage> Optional<T> latest(Class<T> kind, Predicate<T> test) {
        for (int i = heard.size() - 1; i >= 0; i--) {
            PairMessage message = heard.get(i).message();
            if (kind.isInstance(message) && test.test(kind.cast(message))) {
                return Optional.of(kind.cast(message));
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        pair.close();
        main.close();
    }
}
