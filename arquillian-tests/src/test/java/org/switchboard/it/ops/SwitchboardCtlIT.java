package org.switchboard.it.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.it.ShippedEar;

/**
 * {@code bin/switchboard-ctl} run as a process against the test server's management port, as an operator runs
 * it (local authentication: same machine, same user): the console sessions, the calls and the phones while
 * Switchboard is deployed, and the named missing MBean once it is not; a wrong command and a port where no
 * server listens get their own errors and exit codes.
 */
@ExtendWith(ArquillianExtension.class)
class SwitchboardCtlIT {

    private static final String DEPLOYMENT = "switchboard";
    private static final Path SCRIPT = Path.of(System.getProperty("switchboard.ctl", "../bin/switchboard-ctl"));

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return ShippedEar.asShipped();
    }

    @ArquillianResource
    Deployer deployer;

    private record Run(int exit, String out, String err) {
    }

    private static Run ctl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toAbsolutePath().normalize().toString(), "--port",
                System.getProperty("switchboard.it.management-port")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SWB_SERVER_HOME", System.getProperty("jboss.home"));
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("switchboard-ctl ended").isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void givenTheDeployedServer_thenSessionsCallsAndPhonesArePrinted_andOnceUndeployedTheMissingMBeanIsNamed()
            throws Exception {
        deployer.deploy(DEPLOYMENT);
        try {
            Run sessions = ctl("sessions");
            assertThat(sessions.exit()).as(sessions.err()).isZero();
            assertThat(sessions.out().lines().findFirst()).hasValueSatisfying(header ->
                    assertThat(header).startsWith("USER").contains("SESSION", "STATE"));
            Run calls = ctl("calls");
            assertThat(calls.exit()).as(calls.err()).isZero();
            assertThat(calls.out()).startsWith("CallCount: 0\nCalls:\n");
            Run phones = ctl("phones");
            assertThat(phones.exit()).as(phones.err()).isZero();
            assertThat(phones.out()).startsWith("DEVICE");
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }

        Run missing = ctl("sessions");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("the server has no MBean org.switchboard:type=Consoles");
        assertThat(missing.out()).isEmpty();
    }

    @Test
    void givenAnUnknownCommand_thenItSaysSoWithTheUsage_andExitsTwo() throws Exception {
        Run unknown = ctl("restart-everything");

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown command restart-everything", "usage: switchboard-ctl");
    }

    @Test
    void givenAPortWhereNoServerListens_thenItSaysTheServerIsUnreachable_andExitsOne() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        Run unreachable = ctl("--port", String.valueOf(closed), "status");

        assertThat(unreachable.exit()).isEqualTo(1);
        assertThat(unreachable.err()).contains("cannot reach the management interface at 127.0.0.1:" + closed);
    }
}
