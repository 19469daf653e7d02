package org.switchboard.it.pair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.switchboard.testkit.Await;

/**
 * The two servers of the pair, their PBXs, the cluster link between them and the test gateway in front of them,
 * started once for every test class of the {@code pair} execution (see {@link PairServers}) and stopped at the end.
 * The primary (pair-a) runs at port offset {@value #PRIMARY_OFFSET}, the secondary (pair-b) at
 * {@value #SECONDARY_OFFSET}; their JGroups ports are 7600 plus the offset, reached through a {@link TcpRelay}
 * each.
 */
final class Pair implements ExtensionContext.Store.CloseableResource {

    static final int PRIMARY_OFFSET = 400;
    static final int SECONDARY_OFFSET = 500;
    static final String CLUSTER = "switchboard-it-pair";
    /** JGroups notices a split by its failure detection (FD_ALL3) and heals it by a merge (MERGE3): tens of seconds. */
    static final Duration CLUSTER_CHANGE = Duration.ofSeconds(150);
    private static final ObjectName EE_CHANNEL = eeChannel();
    /** The member count that follows the view id in WildFly's view of a channel ("|3] (2)"). */
    private static final Pattern MEMBER_COUNT = Pattern.compile("\\|\\d+\\] \\((\\d+)\\)");
    private static final String JGROUPS_TCP_BINDING = "<socket-binding name=\"jgroups-tcp\" interface=\"private\" port=\"7600\"/>";
    /** JGroups' discovery, membership and merges at DEBUG in the site's server.log: how the pair found each other. */
    private static final String ROOT_LOGGER = "<root-logger>";
    private static final String JGROUPS_LOGGERS = "<logger category=\"org.jgroups.protocols.TCPPING\"><level name=\"DEBUG\"/></logger>"
            + "<logger category=\"org.jgroups.protocols.pbcast.GMS\"><level name=\"DEBUG\"/></logger>"
            + "<logger category=\"org.jgroups.protocols.MERGE3\"><level name=\"DEBUG\"/></logger>"
            + "<logger category=\"org.jgroups.protocols.TCP\"><level name=\"DEBUG\"/></logger>";

    final PairSite primary;
    final PairSite secondary;
    final TestGateway gateway;
    private final TcpRelay toPrimary;
    private final TcpRelay toSecondary;
    private final Path jbossHome;
    /** Stops both servers (by their java processes) if the test JVM ends before the run's store is closed. */
    private final Thread stopOnExit = new Thread(this::close, "pair-servers-stop");

    private Pair(PairSite primary, PairSite secondary, TcpRelay toPrimary, TcpRelay toSecondary, Path jbossHome) {
        this.primary = primary;
        this.secondary = secondary;
        this.toPrimary = toPrimary;
        this.toSecondary = toSecondary;
        this.jbossHome = jbossHome;
        this.gateway = new TestGateway(primary, secondary);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /**
     * Prepares both servers afresh and starts them one after the other (the primary first, deployed and on its PBX,
     * so that the secondary's JGroups discovery finds it, as when a site joins a running one).
     */
    static Pair start() {
        Path jbossHome = Path.of(required("jboss.home"));
        Path ear = Path.of(required("switchboard.ear"));
        Path target = Path.of(required("switchboard.it.pair-dir"));
        TcpRelay toPrimary = TcpRelay.to(7600 + PRIMARY_OFFSET);
        TcpRelay toSecondary = TcpRelay.to(7600 + SECONDARY_OFFSET);
        String peers = "127.0.0.1[" + toPrimary.port() + "],127.0.0.1[" + toSecondary.port() + "]";
        PairSite primary = PairSite.create("pair-a", "primary", PRIMARY_OFFSET, target.resolve("pair-primary"),
                pairSettings(peers, SECONDARY_OFFSET));
        PairSite secondary = PairSite.create("pair-b", "secondary", SECONDARY_OFFSET, target.resolve("pair-secondary"),
                pairSettings(peers, PRIMARY_OFFSET));
        Pair pair = new Pair(primary, secondary, toPrimary, toSecondary, jbossHome);
        try {
            PairFigures.reset();
            pair.prepare(primary, ear, toPrimary);
            pair.prepare(secondary, ear, toSecondary);
            primary.start(jbossHome);
            secondary.start(jbossHome);
            pair.awaitClusterViews("both sites in one JGroups view (the secondary may start alone and merge)", 2);
            return pair;
        } catch (RuntimeException | Error e) {
            pair.close();
            throw e;
        }
    }

    /**
     * The settings of a site whose peer runs at {@code peerOffset}: the cluster, and the peer's HTTP listener
     * ({@code SWB_PEER_ADDRESS}, where the console page served by this site opens its second link) and the origin of
     * the page the peer serves, which may open this site's SIP WebSocket ({@code SWB_SIP_WS_ALLOWED_ORIGINS}: a
     * receptionist's page comes from one site and links to both).
     */
    private static Map<String, String> pairSettings(String peers, int peerOffset) {
        String peerHttp = "127.0.0.1:" + httpPort(peerOffset);
        return Map.of("SWB_CLUSTER_NAME", CLUSTER, "SWB_CLUSTER_PEERS", peers, "SWB_PEER_ADDRESS", peerHttp,
                "SWB_SIP_WS_ALLOWED_ORIGINS", "http://" + peerHttp);
    }

    /** WildFly's HTTP listener at a port offset (where the console page and the SIP WebSocket are). */
    static int httpPort(int offset) {
        return 8080 + offset;
    }

    /**
     * A fresh base directory for {@code site}, the fault web application in its deployments, and its JGroups TCP
     * socket binding given a client mapping to the relay's port (WildFly makes it the transport's external address
     * and port), so that its peer reaches it through the link.
     */
    private void prepare(PairSite site, Path ear, TcpRelay link) {
        site.server().prepare(jbossHome, ear);
        DatabaseFault.install(site.server().base().resolve("deployments"));
        Path configuration = site.server().base().resolve("configuration/standalone.xml");
        try {
            String xml = Files.readString(configuration, StandardCharsets.UTF_8);
            if (!xml.contains(JGROUPS_TCP_BINDING) || !xml.contains(ROOT_LOGGER)) {
                throw new IllegalStateException("the provisioned standalone.xml has no " + JGROUPS_TCP_BINDING
                        + " or no " + ROOT_LOGGER);
            }
            Files.writeString(configuration, xml.replace(JGROUPS_TCP_BINDING, JGROUPS_TCP_BINDING.replace("/>",
                    "><client-mapping destination-address=\"127.0.0.1\" destination-port=\"" + link.port()
                    + "\"/></socket-binding>")).replace(ROOT_LOGGER, JGROUPS_LOGGERS + ROOT_LOGGER),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot route " + site + "'s JGroups through the cluster link", e);
        }
    }

    /** Waits until the {@code ee} channel's view of both sites has {@code members} members; says what they showed if not. */
    void awaitClusterViews(String description, int members) {
        try {
            Await.until(description, () -> members(primary) == members && members(secondary) == members,
                    CLUSTER_CHANGE);
        } catch (AssertionError e) {
            throw new AssertionError(description + ": the primary's view " + view(primary) + ", the secondary's "
                    + view(secondary), e);
        }
    }

    /**
     * The members of the site's view, from WildFly's {@code view} of the channel, such as
     * {@code [pair-a(v=16.0.5)|3] (2) [pair-a(v=16.0.5), pair-b(v=16.0.5)]}; -1 when unreadable.
     */
    private static int members(PairSite site) {
        Matcher count = MEMBER_COUNT.matcher(view(site));
        return count.find() ? Integer.parseInt(count.group(1)) : -1;
    }

    private static String view(PairSite site) {
        Object view = site.attributeOrNull(EE_CHANNEL, "view");
        return view == null ? "(unreadable)" : view.toString();
    }

    private static ObjectName eeChannel() {
        try {
            return new ObjectName("jboss.as:subsystem=jgroups,channel=ee");
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL of the primary's java process. */
    void killPrimary() {
        primary.closeJmx();
        primary.server().kill();
    }

    /** The primary started again on its base directory (its data, flags included, kept), once deployed and on its PBX. */
    void restartPrimary() {
        primary.start(jbossHome);
    }

    /** The network between the sites splits: both relays close their connections and refuse new ones. */
    void splitClusterLink() {
        toPrimary.cut();
        toSecondary.cut();
    }

    void healClusterLink() {
        toPrimary.heal();
        toSecondary.heal();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: this is the hook running
        }
        try {
            primary.close();
        } finally {
            try {
                secondary.close();
            } finally {
                toPrimary.close();
                toSecondary.close();
            }
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (the failsafe execution "
                    + "'pair' sets it)");
        }
        return value;
    }
}
