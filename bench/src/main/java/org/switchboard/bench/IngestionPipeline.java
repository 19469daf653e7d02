package org.switchboard.bench;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.switchboard.pbx.ami.AmiConnection;
import org.switchboard.pbx.ami.AmiEventPump;
import org.switchboard.pbx.ami.AmiSettings;
import org.switchboard.pbx.model.ConnectionEvent.PbxSynchronized;
import org.switchboard.pbx.model.DeviceEvent.DeviceStateChanged;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.scripted.AmiAccount;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.pbx.scripted.demo.DemoOffice;

/**
 * The server's AMI ingestion, whole, in this JVM: the scripted AMI server seeded with the demo office plays the
 * PBX on 127.0.0.1, and the real {@link AmiConnection} (asterisk-java's reader, our bounded pump, the translator)
 * hands every {@link PbxEvent} to the given sink on the pump's thread, as it hands them to the mirror in the server.
 * The settings are the server's defaults (queue of 10,000 events, pings every 5 s).
 *
 * <p>{@link #drain(Duration)} sends a marker device state after everything emitted so far and waits until the pump
 * hands it over (the marker is kept from the sink): since the pump keeps the order, everything before it has been
 * through the sink by then.
 */
final class IngestionPipeline implements AutoCloseable {

    private static final String USER = "bench";
    private static final String MARKER_DEVICE = "Custom:bench-drain-";
    private static final Duration SETTLE = Duration.ofSeconds(30);

    private final ScriptedAmiServer server;
    private final AmiConnection connection;
    private final ScheduledExecutorService pings;
    private final Consumer<PbxEvent> sink;
    private final CountDownLatch synchronised = new CountDownLatch(1);
    private final AtomicInteger drains = new AtomicInteger();
    private volatile String awaitedMarker = "";
    private volatile CountDownLatch markerSeen = new CountDownLatch(0);

    private IngestionPipeline(DemoOffice office, Consumer<PbxEvent> sink, Clock clock) {
        this.sink = sink;
        String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        this.server = ScriptedAmiServer.start(AmiAccount.of(USER, secret), clock);
        server.seed(office.startupSync(clock));
        server.emit(office.bootEvents(clock));
        AmiSettings defaults = AmiSettings.from(key -> null);
        AmiSettings settings = new AmiSettings("127.0.0.1", server.port(), USER, secret, defaults.connectTimeout(),
                defaults.readTimeout(), defaults.pingInterval(), defaults.backoffMin(), defaults.backoffMax(),
                defaults.queueCapacity());
        this.pings = Executors.newSingleThreadScheduledExecutor(daemons("bench-ami-timer"));
        this.connection = new AmiConnection(settings, this::hand, clock, daemons("bench-ami"), pings);
    }

    /** Starts the PBX and the link, and returns once the first snapshot has reached the sink. */
    static IngestionPipeline start(DemoOffice office, Consumer<PbxEvent> sink, Clock clock)
            throws InterruptedException {
        IngestionPipeline pipeline = new IngestionPipeline(office, sink, clock);
        pipeline.connection.start();
        if (!pipeline.synchronised.await(SETTLE.toSeconds(), TimeUnit.SECONDS)) {
            pipeline.close();
            throw new IllegalStateException("the AMI link did not synchronise within " + SETTLE);
        }
        return pipeline;
    }

    /** Applies the event to the scripted PBX and writes it to the link; blocks while the socket is full. */
    void emit(AmiMessage event) {
        server.emit(event);
    }

    /** Waits until everything emitted so far has been through the sink; false on timeout. */
    boolean drain(Duration timeout) throws InterruptedException {
        String marker = MARKER_DEVICE + drains.incrementAndGet();
        CountDownLatch seen = new CountDownLatch(1);
        markerSeen = seen;
        awaitedMarker = marker;
        server.emit(AmiMessage.of("Event", "DeviceStateChange", "Privilege", "call,all", "Device", marker,
                "State", "NOT_INUSE"));
        return seen.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    AmiEventPump.Stats pumpStats() {
        return connection.pumpStats();
    }

    AmiConnection.Stats linkStats() {
        return connection.stats();
    }

    @Override
    public void close() {
        connection.close();
        pings.shutdownNow();
        server.close();
    }

    /** The pump's sink: a drain marker stops here, everything else goes on to the given sink. */
    private void hand(PbxEvent event) {
        if (event instanceof DeviceStateChanged changed && changed.device().equals(awaitedMarker)) {
            markerSeen.countDown();
            return;
        }
        sink.accept(event);
        if (event instanceof PbxSynchronized) {
            synchronised.countDown();
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
