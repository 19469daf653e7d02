package org.switchboard.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import javax.management.JMException;
import javax.management.JMX;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;

import org.jboss.as.arquillian.container.ManagementClient;
import org.switchboard.console.ops.ConsolesMXBean;
import org.switchboard.pbx.ops.AmiMXBean;
import org.switchboard.it.ScriptedPbx;
import org.switchboard.pbx.scripted.AmiAccount;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.pbx.scripted.LiveOffice;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.presence.ops.PresenceAccountsMXBean;
import org.switchboard.runtime.JmxRegistration;
import org.switchboard.testkit.Await;

/**
 * The scene of a browser journey, from outside the server (the browser runs beside the test): the scripted PBX in
 * the test's JVM on the port the server reaches (SWB_AMI_PORT of the failsafe execution), its office (callers and
 * phones that answer when the test says so), and receptionist accounts made over the server's remote JMX, as an
 * operator makes them. Closing it stops the PBX.
 */
final class ScriptedReception implements AutoCloseable {

    static final String PASSWORD = "s3cret-desk";
    private static final Duration SETTLE = Duration.ofSeconds(30);

    final ScriptedAmiServer server;
    final LiveOffice office;
    private final JMXConnector jmx;
    private final AmiMXBean ami;
    private final ConsolesMXBean consoles;

    private ScriptedReception(ScriptedAmiServer server, JMXConnector jmx, MBeanServerConnection connection) {
        this.server = server;
        this.office = server.office().answerOnCommand();
        this.jmx = jmx;
        this.ami = JMX.newMXBeanProxy(connection, JmxRegistration.nameOf("Ami"), AmiMXBean.class);
        this.consoles = JMX.newMXBeanProxy(connection, JmxRegistration.nameOf("Consoles"), ConsolesMXBean.class);
    }

    /** A fresh scripted PBX (the recorded office), once the server has connected to it and synchronised. */
    static ScriptedReception open(ManagementClient management) {
        JMXConnector jmx = null;
        try {
            jmx = JMXConnectorFactory.connect(management.getRemoteJMXURL());
            MBeanServerConnection connection = jmx.getMBeanServerConnection();
            AmiMXBean ami = JMX.newMXBeanProxy(connection, JmxRegistration.nameOf("Ami"), AmiMXBean.class);
            long connects = ami.getConnects();
            ScriptedAmiServer server = ScriptedPbx.withSipSide(ScriptedAmiServer.startOn(AmiAccount.of(System.getenv("SWB_AMI_USER"),
                    System.getenv("SWB_AMI_SECRET")), Clock.systemUTC(), Integer.parseInt(System.getenv("SWB_AMI_PORT")))
                    .seed(AmiTrace.recorded("startup-sync")));
            Await.until("the server connected to the scripted PBX and synchronised",
                    () -> ami.getConnects() > connects && "CONNECTED".equals(ami.getState()), SETTLE);
            return new ScriptedReception(server, jmx, connection);
        } catch (IOException e) {
            close(jmx);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            close(jmx);
            throw e;
        }
    }

    /** A new receptionist account on the desk phone {@code extension} (201 or 202), with its personal queue. */
    String receptionist(String extension) {
        String login = "desk" + extension + "-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            jmx.getMBeanServerConnection().invoke(JmxRegistration.nameOf("Receptionists"), "createReceptionist",
                    new Object[] {login, "Desk " + extension, PASSWORD, "PJSIP/" + extension, extension,
                            "PersonalQueue" + extension, "GeneralQueue"},
                    new String[] {String.class.getName(), String.class.getName(), String.class.getName(),
                            String.class.getName(), String.class.getName(), String.class.getName(),
                            String.class.getName()});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JMException e) {
            throw new IllegalStateException("cannot create the receptionist " + login, e);
        }
        return login;
    }

    /** A new SIP presence account of {@code user} with {@link #PASSWORD} (over JMX); returns the user. */
    String presenceAccount(String user) {
        try {
            JMX.newMXBeanProxy(jmx.getMBeanServerConnection(), JmxRegistration.nameOf("PresenceAccounts"),
                    PresenceAccountsMXBean.class).createPresenceAccount(user, PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return user;
    }

    /**
     * Waits until the PBX has her phone in her queues as her session says (paused or not): the recorded office has
     * the desks' phones as static, available members, so until her log in is through a queue may ring her phone.
     */
    void awaitQueuesAsHerSession(String login) {
        Await.until("the PBX's queues as " + login + "'s session says", () -> consoles.getLoggedInCount() > 0
                && Arrays.stream(consoles.checkQueues()).noneMatch(line -> line.contains(login)), SETTLE);
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            close(jmx);
        }
    }

    private static void close(JMXConnector jmx) {
        if (jmx == null) {
            return;
        }
        try {
            jmx.close();
        } catch (IOException e) {
            // the test is over; a connector that does not close cleanly changes nothing of its result
        }
    }
}
