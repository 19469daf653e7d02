package org.switchboard.pbx.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.model.ChannelEvent;
import org.switchboard.pbx.model.ConnectionEvent.AmiConnected;
import org.switchboard.pbx.model.ConnectionEvent.PbxFullyBooted;
import org.switchboard.pbx.model.ConnectionEvent.PbxSynchronized;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.model.PbxSnapshot;
import org.switchboard.pbx.model.Stamp;
import org.switchboard.testkit.Await;
import org.switchboard.pbx.scripted.SettableClock;
import org.switchboard.testkit.logging.CapturedLog;
import org.switchboard.testkit.logging.LogCapture;

class AmiEventPumpTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-21T22:40:00Z"));
    private final RecordedEvents recorded = new RecordedEvents();
    private final List<PbxEvent> handed = new CopyOnWriteArrayList<>();
    private final CountDownLatch sinkGate = new CountDownLatch(1);
    private final CountDownLatch snapshotGate = new CountDownLatch(1);
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private volatile boolean sinkBlocks;
    private volatile boolean snapshotBlocks;
    private AmiEventPump pump;

    private AmiEventPump pump(int capacity, Consumer<PbxEvent> sink) {
        AmiResynchronizer.Observer quiet = new AmiResynchronizer.Observer() {
            @Override
            public void resyncing(String cause) {
            }

            @Override
            public void synchronised() {
            }

            @Override
            public void snapshotFailed(String cause, Exception failure) {
            }
        };
        pump = new AmiEventPump(new AmiEventTranslator(), sink, this::snapshot, quiet, worker, capacity, clock,
                Thread::new);
        pump.start();
        return pump;
    }

    private PbxSnapshot snapshot() throws InterruptedException {
        if (snapshotBlocks) {
            snapshotGate.await(5, TimeUnit.SECONDS);
        }
        return PbxSnapshot.empty(clock.instant());
    }

    private void collect(PbxEvent event) {
        if (sinkBlocks) {
            try {
                sinkGate.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        handed.add(event);
    }

    private List<ManagerEvent> liveEvents(String trace) {
        return recorded.all(trace).stream()
                .filter(e -> !(e instanceof ResponseEvent reply) || reply.getActionId() == null).toList();
    }

    /** The live events of a recorded session that become channel events, which carry correlation ids. */
    private List<ManagerEvent> channelEvents(String trace) {
        AmiEventTranslator reference = new AmiEventTranslator();
        return liveEvents(trace).stream()
                .filter(e -> reference.translate(e, clock.instant()).filter(ChannelEvent.class::isInstance).isPresent())
                .toList();
    }

    private void connect(AmiEventPump pump) {
        pump.link(new AmiConnected(Stamp.at(clock.instant()), "127.0.0.1", 5038, "20"));
    }

    @AfterEach
    void stop() {
        sinkGate.countDown();
        snapshotGate.countDown();
        if (pump != null) {
            pump.close();
        }
        worker.shutdownNow();
    }

    @Test
    void givenARecordedCall_thenTheTranslatedEventsReachTheSinkInTheirOrder() {
        AmiEventPump pump = pump(1000, this::collect);
        List<ManagerEvent> events = liveEvents("internal-203-to-204");
        AmiEventTranslator reference = new AmiEventTranslator();
        List<PbxEvent> expected = events.stream().flatMap(e -> reference.translate(e, clock.instant()).stream())
                .toList();

        events.forEach(pump::onManagerEvent);

        Await.until("every event handed", () -> handed.size() == expected.size(), WAIT);
        assertThat(handed).containsExactlyElementsOf(expected);
        assertThat(pump.stats().received()).isEqualTo(events.size());
        assertThat(pump.stats().translated()).isEqualTo(expected.size());
        assertThat(pump.stats().unknown()).isPositive();
    }

    @Test
    void givenAConnect_thenEventsDuringTheSnapshotAreHeldBackAndFollowPbxSynchronized() {
        snapshotBlocks = true;
        AmiEventPump pump = pump(1000, this::collect);
        connect(pump);
        Await.until("AmiConnected handed", () -> handed.size() == 1, WAIT);

        liveEvents("hold-resume").forEach(pump::onManagerEvent);
        Await.until("the pump drained", () -> pump.stats().waiting() == 0 && pump.stats().received() > 0, WAIT);
        assertThat(handed).hasSize(1);
        snapshotGate.countDown();

        Await.until("the held-back events replayed", () -> handed.stream().anyMatch(e -> e instanceof ChannelEvent),
                WAIT);
        assertThat(handed.get(0)).isInstanceOf(AmiConnected.class);
        // the login's FullyBooted was held back too; the snapshot answers it, so it comes just before it
        assertThat(handed.get(1)).isInstanceOf(PbxFullyBooted.class);
        assertThat(handed.get(2)).isInstanceOfSatisfying(PbxSynchronized.class,
                sync -> assertThat(sync.cause()).isEqualTo("connected"));
        assertThat(handed.subList(3, handed.size()))
                .noneMatch(e -> e instanceof PbxSynchronized || e instanceof PbxFullyBooted);
    }

    @Test
    void givenAFullQueue_thenTheBacklogIsDroppedTheOverflowLoggedOnceAndAResyncFollows() {
        try (LogCapture log = LogCapture.of("org.switchboard.pbx.ami")) {
            AmiEventPump pump = pump(16, this::collect);
            connect(pump);
            Await.until("first sync", () -> handed.stream().anyMatch(e -> e instanceof PbxSynchronized), WAIT);
            sinkBlocks = true;
            List<ManagerEvent> events = liveEvents("incoming-queue-answered-202");
            events.forEach(pump::onManagerEvent);

            assertThat(pump.stats().overflows()).isPositive();
            assertThat(pump.stats().dropped()).isPositive();
            sinkGate.countDown();
            Await.until("a resync after the overflow", () -> handed.stream()
                    .anyMatch(e -> e instanceof PbxSynchronized sync && sync.cause().equals("overflow")), WAIT);
            List<CapturedLog> warnings = log.matching(r -> r.message().contains("SWB1010"));
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0).level()).isEqualTo("WARN");
        }
    }

    @Test
    void givenASinkThatThrows_thenTheFailureIsLoggedWithTheCallIdsAndThePumpGoesOn() {
        try (LogCapture log = LogCapture.of("org.switchboard.pbx.ami")) {
            AmiEventPump pump = pump(100, event -> {
                if (handed.isEmpty()) {
                    handed.add(event);
                    throw new IllegalStateException("model bug");
                }
                handed.add(event);
            });
            List<ManagerEvent> events = channelEvents("internal-203-to-204").subList(0, 10);
            events.forEach(pump::onManagerEvent);

            Await.until("later events handed", () -> handed.size() > 3, WAIT);
            CapturedLog failure = Await.value("the SWB1012 line", () -> log.matching(r -> r.message()
                    .contains("SWB1012")).stream().findFirst(), WAIT);
            assertThat(failure.mdc("call")).isEqualTo("1795300732.10");
            assertThat(failure.mdc("chan")).isEqualTo("1795300732.10");
        }
    }

    @Test
    void theLagGaugeShowsHowLongTheOldestEventHasWaited() {
        sinkBlocks = true;
        AmiEventPump pump = pump(100, this::collect);
        List<ManagerEvent> events = channelEvents("internal-203-to-204");
        pump.onManagerEvent(events.get(0));
        clock.advance(Duration.ofSeconds(3));
        pump.onManagerEvent(events.get(1));
        clock.advance(Duration.ofSeconds(2));

        assertThat(pump.stats().oldestWaiting()).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        sinkGate.countDown();
        Await.until("both handed", () -> handed.size() == 2, WAIT);
        assertThat(pump.stats().lastHandedLag()).isEqualTo(Duration.ofSeconds(2));
        assertThat(pump.stats().waiting()).isZero();
    }

    @Test
    void listItemsThatAnswerOurActionsAreIgnoredNotQueued() {
        AmiEventPump pump = pump(100, this::collect);
        pump.onManagerEvent(recorded.build("Event", "DeviceStateChange", "ActionID", "12_3#", "Device", "PJSIP/201",
                "State", "INUSE"));
        pump.onManagerEvent(recorded.build("Event", "DeviceStateChange", "Device", "PJSIP/201", "State", "INUSE"));

        Await.until("the live one handed", () -> handed.size() == 1, WAIT);
        assertThat(pump.stats().ignored()).isEqualTo(1);
        assertThat(pump.stats().received()).isEqualTo(1);
    }
}
