package org.switchboard.pbx.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.asteriskjava.manager.event.ManagerEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.model.ChannelEvent;
import org.switchboard.pbx.model.ConnectionEvent.AmiConnected;
import org.switchboard.pbx.model.ConnectionEvent.AmiDisconnected;
import org.switchboard.pbx.model.ConnectionEvent.PbxSynchronized;
import org.switchboard.pbx.model.DeviceState;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.scripted.AmiFaults;
import org.switchboard.pbx.scripted.AmiAccount;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.logging.LogCapture;

/** The whole AMI pipeline over TCP against the scripted AMI server, which speaks like the recorded Asterisk. */
class AmiConnectionTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration PING = Duration.ofMillis(200);
    private static final String SECRET = "console-secret";

    private final List<PbxEvent> handed = new CopyOnWriteArrayList<>();
    private final RecordedEvents recorded = new RecordedEvents();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private ScriptedAmiServer server;
    private AmiConnection connection;

    @BeforeEach
    void startServer() {
        server = ScriptedAmiServer.start(AmiAccount.of("console", SECRET));
        server.seed(AmiTrace.recorded("startup-sync"));
    }

    @AfterEach
    void stopAll() {
        if (connection != null) {
            connection.close();
        }
        server.close();
        scheduler.shutdownNow();
    }

    private AmiConnection connect() {
        AmiSettings settings = new AmiSettings("127.0.0.1", server.port(), "console", SECRET, Duration.ofSeconds(1),
                Duration.ofSeconds(1), PING, Duration.ofMillis(100), Duration.ofMillis(800), 10_000);
        connection = new AmiConnection(settings, handed::add, Clock.systemUTC(), Thread::new, scheduler);
        connection.start();
        return connection;
    }

    private long count(Class<? extends PbxEvent> type) {
        return handed.stream().filter(type::isInstance).count();
    }

    private void awaitSynchronized(int times) {
        Await.until(times + " PbxSynchronized", () -> count(PbxSynchronized.class) >= times, WAIT);
        Await.until("CONNECTED", () -> connection.state() == AmiConnection.State.CONNECTED, WAIT);
    }

    /** What the pipeline should make of these events: class and channel id of each, in order. */
    private List<String> expected(List<AmiMessage> events) {
        AmiEventTranslator translator = new AmiEventTranslator();
        List<String> keys = new ArrayList<>();
        for (AmiMessage message : events) {
            ManagerEvent event = recorded.build(message);
            if (event != null) {
                translator.translate(event, Instant.now()).map(AmiConnectionTest::key).ifPresent(keys::add);
            }
        }
        return keys;
    }

    private List<String> handedAfterLastSync() {
        List<PbxEvent> sofar = List.copyOf(handed); // the pump appends meanwhile; a live sub-list would fail
        int last = -1;
        for (int i = 0; i < sofar.size(); i++) {
            if (sofar.get(i) instanceof PbxSynchronized) {
                last = i;
            }
        }
        return sofar.subList(last + 1, sofar.size()).stream().map(AmiConnectionTest::key).toList();
    }

    private static String key(PbxEvent event) {
        return event.getClass().getSimpleName()
                + (event instanceof ChannelEvent channel ? " " + channel.channel().id() : "")
                + " " + event.stamp().pbxTime();
    }

    @Test
    void givenALogin_thenTheModelsHearConnectedThenTheSnapshot() {
        connect();
        awaitSynchronized(1);

        int connected = handed.indexOf(handed.stream().filter(AmiConnected.class::isInstance).findFirst().orElseThrow());
        PbxSynchronized sync = (PbxSynchronized) handed.stream().filter(PbxSynchronized.class::isInstance)
                .findFirst().orElseThrow();
        assertThat(handed.indexOf(sync)).isGreaterThan(connected);
        assertThat(sync.cause()).isEqualTo("connected");
        assertThat(sync.snapshot().devices()).containsEntry("PJSIP/205", DeviceState.UNAVAILABLE)
                .containsEntry("PJSIP/201", DeviceState.NOT_INUSE);
        assertThat(sync.snapshot().queues()).extracting(q -> q.name()).contains("GeneralQueue");
        assertThat(sync.snapshot().contacts()).extracting(c -> c.device()).contains("PJSIP/201");
        assertThat(server.actions("DeviceStateList")).hasSize(1);
        assertThat(connection.stats().connects()).isEqualTo(1);
    }

    @Test
    void givenAReplayedCall_thenItsTranslatedEventsArriveInOrder() {
        connect();
        awaitSynchronized(1);
        AmiTrace trace = AmiTrace.recorded("incoming-queue-answered-202");
        List<String> expected = expected(trace.events());

        server.emit(trace.events());

        Await.until("every event of the call", () -> handedAfterLastSync().size() >= expected.size(), WAIT);
        assertThat(handedAfterLastSync()).containsExactlyElementsOf(expected);
    }

    @Test
    void givenTheLinkDropsMidCall_thenItReconnectsResyncsAndLosesNothingAfterTheResync() {
        connect();
        awaitSynchronized(1);
        List<AmiMessage> events = AmiTrace.recorded("transfer-blind-202-to-204").events();
        List<AmiMessage> before = events.subList(0, events.size() / 2);
        List<AmiMessage> after = events.subList(events.size() / 2, events.size());
        server.emit(before);

        AmiFaults.of(server).dropConnections();

        Await.until("AmiDisconnected", () -> count(AmiDisconnected.class) == 1, WAIT);
        awaitSynchronized(2);
        server.emit(after);
        List<String> expected = expected(after);
        Await.until("the second half", () -> handedAfterLastSync().size() >= expected.size(), WAIT);
        assertThat(handedAfterLastSync()).containsExactlyElementsOf(expected);
        PbxSynchronized resync = (PbxSynchronized) handed.stream().filter(PbxSynchronized.class::isInstance)
                .reduce((first, second) -> second).orElseThrow();
        assertThat(resync.snapshot().channels()).isNotEmpty();
        assertThat(connection.stats().disconnects()).isEqualTo(1);
        assertThat(connection.stats().connects()).isEqualTo(2);
    }

    @Test
    void givenAFrozenPeer_thenTheLinkIsDroppedWithinAboutTwoPingIntervals() {
        connect();
        awaitSynchronized(1);

        long frozeAt = System.nanoTime();
        AmiFaults.of(server).freeze();
        Await.until("AmiDisconnected", () -> count(AmiDisconnected.class) == 1, WAIT);
        Duration noticed = Duration.ofNanos(System.nanoTime() - frozeAt);

        assertThat(noticed).isLessThan(PING.multipliedBy(3));
        assertThat(connection.stats().lastError()).contains("ping");
        AmiFaults.of(server).thaw();
        awaitSynchronized(2);
    }

    @Test
    void givenRefusedConnections_thenTheBackoffGrowsAndTheLinkRecovers() {
        try (LogCapture log = LogCapture.of("org.switchboard.pbx.ami")) {
            AmiFaults.of(server).refuseConnections(true);
            connect();
            List<Long> attemptStarts = new ArrayList<>();
            Await.until("five failed attempts", () -> {
                long attempts = connection.stats().reconnectAttempts();
                if (attempts + 1 > attemptStarts.size()) {
                    attemptStarts.add(System.nanoTime());
                }
                return log.matching(r -> r.message().contains("SWB1004")).size() >= 5;
            }, WAIT);

            List<String> delays = log.matching(r -> r.message().contains("SWB1004")).stream()
                    .map(r -> r.message().replaceAll(".*next attempt in (\\d+) ms.*", "$1")).toList();
            assertThat(delays.subList(0, 5)).containsExactly("100", "200", "400", "800", "800");
            long firstGap = attemptStarts.get(1) - attemptStarts.get(0);
            long laterGap = attemptStarts.get(4) - attemptStarts.get(3);
            assertThat(laterGap).isGreaterThan(firstGap);
            assertThat(connection.state()).isNotEqualTo(AmiConnection.State.CONNECTED);

            AmiFaults.of(server).refuseConnections(false);
            awaitSynchronized(1);
            assertThat(connection.stats().lastConnectedAt()).isPresent();
        }
    }

    @Test
    void givenGarbageAndUnknownEvents_thenThePipelineGoesOn() {
        connect();
        awaitSynchronized(1);

        AmiFaults.of(server).sendRaw("this is no AMI at all\r\n\r\nEvent: NoSuchEventAnywhere\r\nFoo: bar\r\n\r\n");
        server.emit(AmiMessage.of("Event", "VarSet", "Channel", "PJSIP/201-00000001", "Variable", "X", "Value", "1"));
        List<AmiMessage> call = AmiTrace.recorded("internal-203-to-204").events();
        server.emit(call);

        List<String> expected = expected(call);
        Await.until("the call after the garbage", () -> handedAfterLastSync().size() >= expected.size(), WAIT);
        assertThat(handedAfterLastSync()).containsExactlyElementsOf(expected);
        assertThat(connection.state()).isEqualTo(AmiConnection.State.CONNECTED);
        assertThat(connection.pumpStats().unknown()).isPositive();
    }

    @Test
    void theSecretIsNeverLogged() {
        try (LogCapture ours = LogCapture.of("org.switchboard"); LogCapture library = LogCapture.of("org.asteriskjava")) {
            AmiFaults.of(server).refuseConnections(true);
            connect();
            Await.until("a failed attempt", () -> connection.stats().reconnectAttempts() >= 1, WAIT);
            AmiFaults.of(server).refuseConnections(false);
            awaitSynchronized(1);
            connection.close();

            assertThat(ours.records()).isNotEmpty();
            assertThat(ours.records()).noneMatch(r -> r.message().contains(SECRET));
            assertThat(library.records()).noneMatch(r -> r.message().contains(SECRET));
        }
    }
}
