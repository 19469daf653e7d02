package org.switchboard.health.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.health.model.HealthSettings;
import org.switchboard.health.model.Probe;
import org.switchboard.health.model.ProbeLevel;
import org.switchboard.health.model.ProbeReading;
import org.switchboard.pbx.ami.AmiConnection;
import org.switchboard.pbx.ami.AmiSettings;
import org.switchboard.pbx.model.ConnectionEvent.PbxSynchronized;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.scripted.AmiAccount;
import org.switchboard.pbx.scripted.AmiFaults;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.testkit.Await;

/**
 * The PBX self test against the scripted PBX over real sockets (SIP OPTIONS over UDP, the AMI Ping over the real
 * AMI link through asterisk-java), with the production deadline: a PBX that answers is OK; a deadlocked one
 * (frozen: sockets open, nothing answered) is FAILED within the deadline. Prints how long detection took.
 */
class PbxSelfTestRunTest {

    private static final String SECRET = "console-secret";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final HealthSettings SETTINGS = HealthSettings.from(key -> null);
    private static final Duration DEADLINE = SETTINGS.pbxTimeout();
    /** What the run may take beyond its deadline: thread scheduling on a busy machine. */
    private static final Duration SLACK = Duration.ofMillis(500);

    private final List<PbxEvent> handed = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private ScriptedAmiServer server;
    private AmiConnection connection;
    private InetSocketAddress sip;

    @BeforeEach
    void start() {
        server = ScriptedAmiServer.start(AmiAccount.of("console", SECRET));
        server.seed(AmiTrace.recorded("startup-sync"));
        sip = server.startSip();
        AmiSettings settings = AmiSettings.from(Map.of(AmiSettings.HOST, "127.0.0.1",
                AmiSettings.PORT, String.valueOf(server.port()), AmiSettings.USER, "console",
                AmiSettings.SECRET, SECRET)::get);
        connection = new AmiConnection(settings, handed::add, Clock.systemUTC(), Thread::new, scheduler);
        connection.start();
        Await.until("synchronised", () -> handed.stream().anyMatch(PbxSynchronized.class::isInstance), WAIT);
    }

    @AfterEach
    void stop() {
        connection.close();
        server.close();
        scheduler.shutdownNow();
    }

    private PbxSelfTestRun run(Optional<InetSocketAddress> address) {
        return new PbxSelfTestRun(address, "no PBX SIP address", connection::pingNow, DEADLINE);
    }

    @Test
    void givenAnsweringPbx_whenCheck_thenOkWithBothAnswers() {
        ProbeReading reading = run(Optional.of(sip)).check(Instant.now());

        assertThat(reading.probe()).isEqualTo(Probe.SIP_SELF_TEST);
        assertThat(reading.level()).as(reading.toString()).isEqualTo(ProbeLevel.OK);
        assertThat(reading.value()).contains("200 OK", "Pong");
        assertThat(server.actions("Ping")).isNotEmpty();
        assertThat(server.sipOptionsAnswered()).isEqualTo(1);
    }

    @Test
    void givenDeadlockedPbx_whenCheck_thenFailedThroughSipAndAmiWithinTheDeadline() {
        AmiFaults.of(server).freeze();
        long start = System.nanoTime();

        ProbeReading reading = run(Optional.of(sip)).check(Instant.now());

        Duration detected = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("FIGURE PBX deadlock (SIP and AMI silent) detected by SIP_SELF_TEST in %d ms"
                + " (deadline %d ms): %s%n", detected.toMillis(), DEADLINE.toMillis(), reading.detail());
        assertThat(reading.level()).isEqualTo(ProbeLevel.FAILED);
        assertThat(reading.detail()).contains("SIP OPTIONS to 127.0.0.1:" + sip.getPort() + ": no answer within")
                .contains("AMI Ping: no answer within");
        assertThat(detected).isLessThan(DEADLINE.plus(SLACK));
        AmiFaults.of(server).thaw();
        assertThat(run(Optional.of(sip)).check(Instant.now()).level()).as("after the thaw").isEqualTo(ProbeLevel.OK);
    }

    @Test
    void givenSilentSipSideOnly_whenCheck_thenFailedNamingSip() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            long start = System.nanoTime();

            ProbeReading reading = run(Optional.of((InetSocketAddress) silent.getLocalSocketAddress()))
                    .check(Instant.now());

            Duration detected = Duration.ofNanos(System.nanoTime() - start);
            System.out.printf("FIGURE PBX SIP side silent detected by SIP_SELF_TEST in %d ms: %s%n",
                    detected.toMillis(), reading.detail());
            assertThat(reading.level()).isEqualTo(ProbeLevel.FAILED);
            assertThat(reading.detail()).contains("SIP OPTIONS").doesNotContain("AMI Ping");
            assertThat(detected).isLessThan(DEADLINE.plus(SLACK));
        }
    }

    @Test
    void givenAmiSilentOnly_whenCheck_thenFailedNamingAmi() {
        AmiFaults.of(server).freeze();
        PbxSelfTestRun amiOnly = new PbxSelfTestRun(Optional.empty(), "no PBX SIP address", connection::pingNow,
                DEADLINE);
        long start = System.nanoTime();

        ProbeReading reading = amiOnly.check(Instant.now());

        Duration detected = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("FIGURE PBX deadlock detected through AMI alone (Ping unanswered) in %d ms: %s%n",
                detected.toMillis(), reading.detail());
        assertThat(reading.level()).isEqualTo(ProbeLevel.FAILED);
        assertThat(reading.detail()).isEqualTo("AMI Ping: no answer within " + DEADLINE.toMillis() + " ms");
        assertThat(detected).isLessThan(DEADLINE.plus(SLACK));
    }

    @Test
    void givenNoAmiLogin_whenCheck_thenAmiNotAskedAndUnknown() {
        connection.close();

        ProbeReading reading = run(Optional.of(sip)).check(Instant.now());

        assertThat(reading.level()).isEqualTo(ProbeLevel.UNKNOWN);
        assertThat(reading.detail()).startsWith("AMI not asked: no AMI login");
    }
}
