package org.switchboard.it.pair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import org.switchboard.pbx.scripted.AmiAccount;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.runtime.JmxRegistration;
import org.switchboard.testkit.Await;

/**
 * One site of the pair as the tests see it: its WildFly process, its own scripted AMI server (the recorded PBX, on
 * an ephemeral port), the AMI link between them (a {@link TcpRelay}: the server's SWB_AMI_PORT is the relay's port,
 * so the link can die while the PBX keeps running), and its remote JMX (remote+http on the management port).
 */
final class PairSite implements AutoCloseable {

    static final AmiAccount AMI_ACCOUNT = AmiAccount.of("console", "console-secret");
    static final Duration SETTLE = Duration.ofSeconds(30);

    private final String name;
    private final String role;
    private final PairServer server;
    private final ScriptedAmiServer pbx;
    private final TcpRelay amiLink;
    private JMXConnector jmx;

    private PairSite(String name, String role, PairServer server, ScriptedAmiServer pbx, TcpRelay amiLink) {
        this.name = name;
        this.role = role;
        this.server = server;
        this.pbx = pbx;
        this.amiLink = amiLink;
    }

    /**
     * A site whose PBX is already listening (on an ephemeral port), and whose server is prepared but not started.
     * {@code environment} holds the pair's settings; the site adds its own name, role and PBX.
     */
    static PairSite create(String name, String role, int offset, Path base, Map<String, String> environment) {
        ScriptedAmiServer pbx = ScriptedAmiServer.start(AMI_ACCOUNT, Clock.systemUTC())
                .seed(AmiTrace.recorded("startup-sync"));
        TcpRelay amiLink = TcpRelay.to(pbx.port());
        Map<String, String> own = new HashMap<>(environment);
        own.put("SWB_SITE_NAME", name);
        own.put("SWB_SITE_ROLE", role);
        own.put("SWB_AMI_HOST", "127.0.0.1");
        own.put("SWB_AMI_PORT", Integer.toString(amiLink.port()));
        own.put("SWB_AMI_USER", AMI_ACCOUNT.username());
        own.put("SWB_AMI_SECRET", AMI_ACCOUNT.secret());
        own.put("SWB_PBX_SIP_ADDRESS", "127.0.0.1:" + pbx.startSip().getPort());
        return new PairSite(name, role, new PairServer(name, offset, base, own), pbx, amiLink);
    }

    String name() {
        return name;
    }

    PairServer server() {
        return server;
    }

    int sipPort() {
        return 5060 + server.offset();
    }

    /** WildFly's HTTP listener: the console page and the SIP WebSocket. */
    int httpPort() {
        return Pair.httpPort(server.offset());
    }

    int managementPort() {
        return 9990 + server.offset();
    }

    /** The scripted PBX beside this site. */
    ScriptedAmiServer pbx() {
        return pbx;
    }

    /** The AMI link dies: every connection between the server and its PBX's manager interface closed, new ones refused. */
    void cutAmiLink() {
        amiLink.cut();
    }

    void restoreAmiLink() {
        amiLink.heal();
    }

    /** Starts the server and waits until it is deployed and connected to its PBX. */
    void start(Path jbossHome) {
        server.start(jbossHome);
        server.awaitDeployed();
        awaitAmiConnected();
    }

    void awaitAmiConnected() {
        Await.until(name + " connected to its PBX and synchronised",
                () -> "CONNECTED".equals(attributeOrNull("Ami", "State")), SETTLE);
    }

    /** An attribute of {@code org.switchboard:type=<type>}, over remote JMX. */
    Object attribute(String type, String attribute) {
        return attribute(JmxRegistration.nameOf(type), attribute);
    }

    /** An attribute of any MBean of the server, such as WildFly's own ({@code jboss.as:...}), over remote JMX. */
    Object attribute(ObjectName mbean, String attribute) {
        return overJmx(mbean + " " + attribute, jmx -> jmx.getAttribute(mbean, attribute));
    }

    /** The attribute, or null while the server or the MBean cannot answer (starting, restarting). */
    Object attributeOrNull(String type, String attribute) {
        return attributeOrNull(JmxRegistration.nameOf(type), attribute);
    }

    Object attributeOrNull(ObjectName mbean, String attribute) {
        try {
            return attribute(mbean, attribute);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** An operation of {@code org.switchboard:type=<type>} whose parameters are all strings. */
    Object invoke(String type, String operation, String... arguments) {
        String[] signature = new String[arguments.length];
        Arrays.fill(signature, String.class.getName());
        return overJmx(type + "." + operation, jmx -> jmx.invoke(JmxRegistration.nameOf(type), operation, arguments,
                signature));
    }

    /** What one remote JMX call does with the connection. */
    @FunctionalInterface
    private interface JmxCall {
        Object on(MBeanServerConnection connection) throws IOException, JMException;
    }

    private Object overJmx(String what, JmxCall call) {
        try {
            return call.on(connection());
        } catch (IOException e) {
            closeJmx();
            throw new UncheckedIOException("remote JMX of " + name + " failed (" + what + ")", e);
        } catch (JMException e) {
            throw new IllegalStateException(what + " of " + name + " failed", e);
        }
    }

    /**
     * How many call detail records of {@code callId} this site stored: the lines of its CSV exports (written over
     * JMX, Cdr.exportDay) that hold the call id, over the days the call may belong to (the recorded day of the
     * trace and today, in UTC, the CDR zone of the pair).
     */
    long cdrCount(String callId, LocalDate recordedDay) {
        Set<LocalDate> days = new TreeSet<>(List.of(recordedDay, LocalDate.now(ZoneOffset.UTC)));
        long count = 0;
        for (LocalDate day : days) {
            String export = (String) invoke("Cdr", "exportDay", day.toString());
            int at = export.indexOf(" written to ");
            if (at < 0) {
                continue;
            }
            Path file = Path.of(export.substring(at + " written to ".length()).trim());
            try {
                count += Files.readAllLines(file).stream().filter(line -> line.contains("\"" + callId + "\"")).count();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name + "'s CDR export " + file, e);
            }
        }
        return count;
    }

    private MBeanServerConnection connection() throws IOException {
        if (jmx == null) {
            jmx = JMXConnectorFactory.connect(new JMXServiceURL("service:jmx:remote+http://127.0.0.1:"
                    + managementPort()));
        }
        return jmx.getMBeanServerConnection();
    }

    void closeJmx() {
        if (jmx == null) {
            return;
        }
        try {
            jmx.close();
        } catch (IOException e) {
            // a connector to a server that is gone does not close cleanly; a new one is opened when needed
        }
        jmx = null;
    }

    @Override
    public void close() {
        try {
            closeJmx();
            server.stop();
        } finally {
            amiLink.close();
            pbx.close();
        }
    }

    @Override
    public String toString() {
        return name + " (" + role + ", offset " + server.offset() + ")";
    }
}
