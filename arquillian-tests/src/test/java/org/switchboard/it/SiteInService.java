package org.switchboard.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;

import javax.management.JMException;
import javax.management.JMX;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;

import org.jboss.as.arquillian.container.ManagementClient;
import org.switchboard.pbx.ops.AmiMXBean;
import org.switchboard.pbx.scripted.AmiAccount;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.runtime.JmxRegistration;
import org.switchboard.testkit.Await;

/**
 * From the test's side (a black-box test): brings the test server's site into service as an operator would, for
 * tests of the SIP endpoint that expect OPTIONS to be answered 200. It starts the scripted PBX (with its SIP side)
 * where the server looks for it, waits for the PBX link, activates the console service over remote JMX (an earlier
 * test that stopped its PBX may have left the site SMITHed: the flags outlive a redeploy), and waits until the site
 * takes calls. Closing it stops the PBX. The in-container twin is {@link SiteTakingCalls}.
 */
public final class SiteInService implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ScriptedAmiServer pbx;
    private final JMXConnector jmx;

    private SiteInService(ScriptedAmiServer pbx, JMXConnector jmx) {
        this.pbx = pbx;
        this.jmx = jmx;
    }

    public static SiteInService start(ManagementClient management) {
        ScriptedAmiServer pbx = ScriptedPbx.withSipSide(ScriptedAmiServer.startOn(
                AmiAccount.of(System.getenv("SWB_AMI_USER"), System.getenv("SWB_AMI_SECRET")), Clock.systemUTC(),
                Integer.parseInt(System.getenv("SWB_AMI_PORT"))).seed(AmiTrace.recorded("startup-sync")));
        JMXConnector jmx = null;
        try {
            jmx = JMXConnectorFactory.connect(management.getRemoteJMXURL());
            MBeanServerConnection connection = jmx.getMBeanServerConnection();
            AmiMXBean ami = JMX.newMXBeanProxy(connection, JmxRegistration.nameOf("Ami"), AmiMXBean.class);
            Await.until("the server connected to the scripted PBX", () -> "CONNECTED".equals(ami.getState()), PATIENCE);
            Await.until("the site taking calls once activated", () -> takesCallsAfterActivate(connection), PATIENCE);
            return new SiteInService(pbx, jmx);
        } catch (IOException e) {
            close(pbx, jmx);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            close(pbx, jmx);
            throw e;
        }
    }

    /** Activates while the site's own flags are set (the manual recovery), and says whether it takes calls. */
    private static boolean takesCallsAfterActivate(MBeanServerConnection connection) {
        try {
            if (!"00".equals(connection.getAttribute(JmxRegistration.nameOf("ConsoleService"), "OwnFlags"))) {
                connection.invoke(JmxRegistration.nameOf("ConsoleService"), "activate", new Object[0], new String[0]);
            }
            return Boolean.TRUE.equals(connection.getAttribute(JmxRegistration.nameOf("ConsoleService"), "TakesCalls"));
        } catch (JMException | IOException e) {
            throw new IllegalStateException("cannot read or activate the console service over JMX", e);
        }
    }

    @Override
    public void close() {
        close(pbx, jmx);
    }

    private static void close(ScriptedAmiServer pbx, JMXConnector jmx) {
        pbx.close();
        if (jmx != null) {
            try {
                jmx.close();
            } catch (IOException e) {
                // the connection is gone with the test
            }
        }
    }
}
