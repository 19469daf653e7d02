package org.switchboard.bench;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.switchboard.pbx.scripted.AmiAccount;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.pbx.scripted.demo.DemoOffice;

/**
 * The scripted AMI server in this JVM playing an office at rest on 127.0.0.1, and the real server started from the
 * last build with it as its Asterisk ({@link SwitchboardServer}), connected over JMX and synchronised with it.
 * Closing stops the server, then the scripted PBX. The port offset is {@code SWB_BENCH_PORT_OFFSET} [600].
 */
final class ServerWithPbx implements AutoCloseable {

    private static final String USER = "bench";
    private static final Duration SYNCHRONISE = Duration.ofMinutes(2);

    private final ScriptedAmiServer pbx;
    private final SwitchboardServer server;
    private final ServerGauges gauges;
    private final int offset;

    private ServerWithPbx(ScriptedAmiServer pbx, SwitchboardServer server, ServerGauges gauges, int offset) {
        this.pbx = pbx;
        this.server = server;
        this.gauges = gauges;
        this.offset = offset;
    }

    /** Starts both, prints the server's launch and synchronisation, and returns once the model is live. */
    static ServerWithPbx start(DemoOffice office, Clock clock) throws Exception {
        int offset = Integer.parseInt(System.getenv().getOrDefault("SWB_BENCH_PORT_OFFSET", "600"));
        String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        System.out.printf("%d cores, load average %s; the scripted PBX (this JVM) and the server share them%n",
                Runtime.getRuntime().availableProcessors(), ServerLoad.loadAverage());
        ScriptedAmiServer pbx = ScriptedAmiServer.startOn(AmiAccount.of(USER, secret), clock, 0);
        SwitchboardServer server = null;
        try {
            pbx.seed(office.startupSync(clock));
            pbx.emit(office.bootEvents(clock));
            Map<String, String> settings = Map.of("SWB_AMI_HOST", "127.0.0.1", "SWB_AMI_PORT",
                    Integer.toString(pbx.port()), "SWB_AMI_USER", USER, "SWB_AMI_SECRET", secret);
            server = SwitchboardServer.start(Path.of("").toAbsolutePath(), offset, settings);
            ServerGauges gauges = ServerGauges.connect(server.managementPort());
            ServerWithPbx started = new ServerWithPbx(pbx, server, gauges, offset);
            System.out.printf("Server (pid %d, port offset %d) %s; resident %,d MiB%n", server.pid(), offset,
                    server.readyLine(), server.residentKib() / 1024);
            started.awaitSynchronised();
            return started;
        } catch (Exception | Error e) {
            if (server != null) {
                server.close();
            }
            pbx.close();
            throw e;
        }
    }

    ScriptedAmiServer pbx() {
        return pbx;
    }

    SwitchboardServer server() {
        return server;
    }

    ServerGauges gauges() {
        return gauges;
    }

    /** The server's SIP port (UDP and TCP): 5060 and the port offset, as start.sh sets it. */
    int sipPort() {
        return 5060 + offset;
    }

    /** The server's HTTP port: 8080 and the port offset, as start.sh sets it. */
    int httpPort() {
        return 8080 + offset;
    }

    private void awaitSynchronised() throws InterruptedException {
        long deadline = System.nanoTime() + SYNCHRONISE.toNanos();
        ServerGauges.Reading reading = gauges.read();
        while (!reading.synchronised()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the server did not synchronise with the scripted PBX within "
                        + SYNCHRONISE + ": link " + reading.state() + ", model " + reading.modelState());
            }
            TimeUnit.MILLISECONDS.sleep(100);
            reading = gauges.read();
        }
        System.out.printf("Synchronised with the scripted PBX: %s; %,d events applied so far%n",
                reading.modelState(), reading.applied());
    }

    @Override
    public void close() {
        try {
            gauges.close();
        } finally {
            try {
                server.close();
            } finally {
                pbx.close();
            }
        }
    }
}
