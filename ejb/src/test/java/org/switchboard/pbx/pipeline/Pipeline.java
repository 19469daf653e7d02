package org.switchboard.pbx.pipeline;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.switchboard.pbx.ami.AmiConnection;
import org.switchboard.pbx.ami.AmiSettings;
import org.switchboard.pbx.mirror.Applied;
import org.switchboard.pbx.mirror.PbxMirror;
import org.switchboard.pbx.model.ConnectionEvent.PbxSynchronized;
import org.switchboard.pbx.model.DeviceEvent.DeviceStateChanged;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.scripted.AmiFaults;
import org.switchboard.pbx.scripted.AmiAccount;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.pbx.scripted.StartupLists;
import org.switchboard.shared.model.Anomaly;
import org.switchboard.shared.model.DomainEvent;
import org.switchboard.testkit.Await;
import org.switchboard.pbx.scripted.SettableClock;

/**
 * The real pipeline end to end: a scripted AMI server seeded with the recorded office, an
 * {@link AmiConnection} over TCP on 127.0.0.1, and a {@link PbxMirror} fed by the connection's sink. It keeps
 * every PBX event, domain event and anomaly the sink saw, in order.
 *
 * <p>{@link #play(List)} returns only once the pipeline has applied every event it emitted: it then emits a
 * sentinel, a DeviceStateChange of a {@code Custom:} device named with a marker unique to this pipeline and
 * play, and waits for the sink to see that marker. The sink recognises sentinels and neither applies nor
 * records them, so they cannot show up in what the tests assert.
 */
final class Pipeline implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String SECRET = "console-secret";
    /**
     * Long enough that a busy two-CPU build machine does not lose the link to a stall (300 ms did, once); the
     * faults these tests make close the socket, which the link notices at once without a ping.
     */
    private static final Duration PING = Duration.ofSeconds(2);

    final ScriptedAmiServer server;
    final PbxMirror mirror = new PbxMirror();
    /** Our side's clock (snapshot times, received times); it stands still unless a test moves it. */
    final SettableClock clock = new SettableClock(Instant.now());
    final AmiConnection connection;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final String sentinelPrefix = "Custom:pipeline-" + UUID.randomUUID() + "-";
    private final AtomicLong sentinels = new AtomicLong();
    private final Set<String> sentinelsSeen = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();
    private final List<PbxEvent> pbxEvents = new ArrayList<>();
    private final List<DomainEvent> domainEvents = new ArrayList<>();
    private final List<Anomaly> anomalies = new ArrayList<>();
    private volatile Mark connectedAt = new Mark(0, 0, 0);

    private Pipeline(StartupLists seed, IntFunction<AmiSettings> settingsForPort) {
        server = ScriptedAmiServer.start(AmiAccount.of("console", SECRET));
        server.seed(seed);
        connection = new AmiConnection(settingsForPort.apply(server.port()), this::sink, clock, Thread::new,
                scheduler);
    }

    /** A pipeline that is connected and has applied its first snapshot. */
    static Pipeline connected() {
        return connected(server -> { });
    }

    /** The same, with the scripted server prepared (say, action hooks) before the link starts. */
    static Pipeline connected(Consumer<ScriptedAmiServer> prepare) {
        return connected("startup-sync", prepare);
    }

    /** A pipeline to a PBX seeded from another recorded start-up session (its build, peers and contacts). */
    static Pipeline connected(String seed, Consumer<ScriptedAmiServer> prepare) {
        return connected(AmiTrace.recorded(seed), prepare);
    }

    /** A pipeline to a PBX seeded with these start-up answers, such as a demo office's. */
    static Pipeline connected(StartupLists seed, Consumer<ScriptedAmiServer> prepare) {
        Pipeline pipeline = started(seed, Pipeline::testSettings, prepare);
        pipeline.awaitSynchronized(1);
        pipeline.connectedAt = pipeline.mark();
        return pipeline;
    }

    /** A pipeline whose link has been started with these settings, without waiting for anything. */
    static Pipeline started(String seed, IntFunction<AmiSettings> settingsForPort,
            Consumer<ScriptedAmiServer> prepare) {
        return started(AmiTrace.recorded(seed), settingsForPort, prepare);
    }

    private static Pipeline started(StartupLists seed, IntFunction<AmiSettings> settingsForPort,
            Consumer<ScriptedAmiServer> prepare) {
        Pipeline pipeline = new Pipeline(seed, settingsForPort);
        prepare.accept(pipeline.server);
        pipeline.connection.start();
        return pipeline;
    }

    /** The production settings (AmiSettings' defaults) for the scripted server on this port. */
    static AmiSettings productionSettings(int port) {
        Map<String, String> configured = Map.of(AmiSettings.HOST, "127.0.0.1", AmiSettings.PORT,
                Integer.toString(port), AmiSettings.USER, "console", AmiSettings.SECRET, SECRET);
        return AmiSettings.from(configured::get);
    }

    private static AmiSettings testSettings(int port) {
        return new AmiSettings("127.0.0.1", port, "console", SECRET, Duration.ofSeconds(2), Duration.ofSeconds(2),
                PING, Duration.ofMillis(50), Duration.ofMillis(400), 10_000);
    }

    /** Emits the events to every connected client and waits until the pipeline has applied all of them. */
    void play(List<AmiMessage> events) {
        server.emit(events);
        flush();
    }

    /** Waits until everything the server emitted so far to the current connection has been applied. */
    void flush() {
        String marker = sentinelPrefix + sentinels.incrementAndGet();
        server.emit(AmiMessage.of("Event", "DeviceStateChange", "Privilege", "call,all", "Device", marker,
                "State", "NOT_INUSE"));
        Await.until("the sentinel " + marker + " through the pipeline", () -> sentinelsSeen.contains(marker), WAIT);
    }

    /** Waits until the pipeline has applied at least {@code count} snapshots and the link is up. */
    void awaitSynchronized(int count) {
        Await.until(count + " snapshots applied", () -> count(PbxSynchronized.class) >= count, WAIT);
        Await.until("the link CONNECTED", () -> connection.state() == AmiConnection.State.CONNECTED, WAIT);
    }

    /** Sets our clock to the PBX time of {@code event}, so that a snapshot taken next fits in the trace's timeline. */
    void clockAt(AmiMessage event) {
        Instant pbxTime = Instant.ofEpochSecond(0).plusNanos(new BigDecimal(event.get("Timestamp").orElseThrow())
                .movePointRight(9).longValueExact());
        clock.advance(Duration.between(clock.instant(), pbxTime));
    }

    /** Drops the link while the PBX goes on: refused reconnects until {@code whileDown} has been emitted. */
    void dropLinkWhile(Runnable whileDown) {
        AmiFaults.of(server).refuseConnections(true);
        AmiFaults.of(server).dropConnections();
        Await.until("the link noticed it is down", () -> connection.state() != AmiConnection.State.CONNECTED, WAIT);
        whileDown.run();
        AmiFaults.of(server).refuseConnections(false);
    }

    long count(Class<? extends PbxEvent> kind) {
        synchronized (lock) {
            return pbxEvents.stream().filter(kind::isInstance).count();
        }
    }

    /** Every PBX event the sink applied so far (sentinels excluded), in order. */
    List<PbxEvent> pbxEvents() {
        synchronized (lock) {
            return List.copyOf(pbxEvents);
        }
    }

    /** Every domain event the mirror produced after the first snapshot, in order. */
    List<DomainEvent> events() {
        return eventsSince(connectedAt);
    }

    <E extends DomainEvent> List<E> events(Class<E> kind) {
        return events().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** Every anomaly the mirror met, the first snapshot included, in order. */
    List<Anomaly> anomalies() {
        return anomaliesSince(new Mark(0, 0, 0));
    }

    /** How many domain events, PBX events and anomalies there are now: a mark to read what came after. */
    Mark mark() {
        synchronized (lock) {
            return new Mark(pbxEvents.size(), domainEvents.size(), anomalies.size());
        }
    }

    /** The domain events produced since {@code mark}. */
    List<DomainEvent> eventsSince(Mark mark) {
        synchronized (lock) {
            return List.copyOf(domainEvents.subList(mark.domainEvents(), domainEvents.size()));
        }
    }

    <E extends DomainEvent> List<E> eventsSince(Mark mark, Class<E> kind) {
        return eventsSince(mark).stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    List<Anomaly> anomaliesSince(Mark mark) {
        synchronized (lock) {
            return List.copyOf(anomalies.subList(mark.anomalies(), anomalies.size()));
        }
    }

    record Mark(int pbxEvents, int domainEvents, int anomalies) {
    }

    private void sink(PbxEvent event) {
        if (event instanceof DeviceStateChanged changed && changed.device().startsWith(sentinelPrefix)) {
            sentinelsSeen.add(changed.device());
            return;
        }
        Applied applied = mirror.apply(event);
        synchronized (lock) {
            pbxEvents.add(event);
            domainEvents.addAll(applied.events());
            anomalies.addAll(applied.anomalies());
        }
    }

    @Override
    public void close() {
        connection.close();
        server.close();
        scheduler.shutdownNow();
    }
}
