package org.switchboard.presence;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Predicate;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;

import org.switchboard.pbx.LivePbx;
import org.switchboard.pbx.mirror.MirrorStatus;
import org.switchboard.pbx.scripted.SettableClock;
import org.switchboard.phone.model.Phone;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceChanged;
import org.switchboard.presence.model.PresenceEvent;
import org.switchboard.presence.model.PresenceSettings;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.model.UserOffline;

/**
 * The real {@link PresenceService} outside the container, with the production settings: JDK executors in place of the
 * managed ones, a settable clock, a store in memory, a publisher that records each event (checking that its
 * presence was stored first) and loops it back to the service as the MDBs do, and a PBX picture the test sets.
 * The presence benchmark runs it too ({@link #forBenchmark}): the system clock, a larger pool, and in place of the
 * recording loop-back the topics' codec and one thread that decodes and tells the service (each MDB takes one
 * session), with nothing recorded.
 */
public final class RunningPresence implements AutoCloseable {

    /** How the topics are stood in for. */
    private enum Topics {
        /** Each event recorded and told to the service at once, on the store stage's thread. */
        RECORDED_LOOPBACK,
        /** Each event encoded, then decoded and told to the service on one thread, as the MDB's one session does. */
        ENCODED_ON_ONE_THREAD
    }

    final SettableClock clock = new SettableClock(Instant.parse("2026-11-26T08:00:00Z"));
    final Map<UserId, Presence> stored = new ConcurrentHashMap<>();
    final List<PresenceEvent> published = new CopyOnWriteArrayList<>();
    final List<String> publishedBeforeStored = new CopyOnWriteArrayList<>();
    final List<Phone> phones = new CopyOnWriteArrayList<>();
    public final List<Consumer<PresenceRestarted>> restartObservers = new CopyOnWriteArrayList<>();
    public final PresenceService service = new PresenceService();
    /** While set, the topics and the database refuse everything (as when the broker or the database is down). */
    volatile boolean outage;
    /** While set, the store holds what it picks. */
    volatile StoreGate storeGate;
    /** Set when the service reads the whole store (a restart). */
    volatile boolean storeRead;
    private final ExecutorService pool;
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(2);
    private final ExecutorService topics = Executors.newSingleThreadExecutor();
    private final Clock time;

    public RunningPresence() {
        this(List.of(), null, 8, Topics.RECORDED_LOOPBACK);
    }

    /**
     * For the benchmark: the service with these phones in the PBX picture from its start, the system clock, a pool
     * of {@code threads} threads, and the topics' codec on one thread in place of the topics and their MDBs.
     */
    public static RunningPresence forBenchmark(List<Phone> phones, int threads) {
        return new RunningPresence(phones, Clock.systemUTC(), threads, Topics.ENCODED_ON_ONE_THREAD);
    }

    private RunningPresence(List<Phone> picture, Clock time, int threads, Topics topics) {
        this.time = time == null ? clock : time;
        this.pool = Executors.newFixedThreadPool(threads);
        phones.addAll(picture);
        service.settings = PresenceSettings.from(key -> null);
        service.store = new MemoryStore();
        service.publisher = topics == Topics.RECORDED_LOOPBACK ? new LoopbackPublisher() : new EncodingPublisher();
        service.live = new PbxPicture();
        service.clock = this.time;
        service.restarted = new Observed();
        service.executor = pool;
        service.scheduler = timers;
        service.start();
    }

    /** The events published about a user, in order. */
    List<PresenceEvent> publishedAbout(String user) {
        return published.stream().filter(event -> event.user().value().equals(user)).toList();
    }

    @Override
    public void close() {
        service.stop();
        timers.shutdownNow();
        topics.shutdownNow();
        pool.shutdownNow();
    }

    private final class MemoryStore extends PresenceStore {
        @Override
        public void saveAll(List<Presence> newest) {
            if (outage) {
                throw new IllegalStateException("the database is down");
            }
            newest.forEach(this::save);
        }

        @Override
        public void save(Presence presence) {
            if (outage) {
                throw new IllegalStateException("the database is down");
            }
            StoreGate gate = storeGate;
            if (gate != null && gate.holds(presence)) {
                gate.hold();
            }
            stored.merge(presence.user(), presence, (old, now) -> now.version() > old.version() ? now : old);
        }

        @Override
        public List<Presence> all() {
            storeRead = true;
            return new ArrayList<>(stored.values());
        }
    }

    /** Holds the store of the presences it picks until it is opened (a database slow at that moment). */
    static final class StoreGate {
        private final Predicate<Presence> picks;
        private final CountDownLatch held = new CountDownLatch(1);
        private final CountDownLatch opened = new CountDownLatch(1);

        StoreGate(Predicate<Presence> picks) {
            this.picks = picks;
        }

        boolean holds(Presence presence) {
            return picks.test(presence);
        }

        private void hold() {
            held.countDown();
            try {
                opened.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Waits until a picked presence is being stored (and held). */
        void awaitHeld() throws InterruptedException {
            held.await();
        }

        void open() {
            opened.countDown();
        }
    }

    private final class LoopbackPublisher extends PresenceEventsPublisher {
        @Override
        public void publish(UserOffline event) {
            record(event);
            service.heard(event);
        }

        @Override
        public void publish(PresenceChanged event) {
            record(event);
            service.heard(event);
        }

        private void record(PresenceEvent event) {
            if (outage) {
                throw new IllegalStateException("the broker is down");
            }
            Presence kept = stored.get(event.user());
            if (kept == null || kept.version() < event.presence().version()) {
                publishedBeforeStored.add(event.toString());
            }
            published.add(event);
        }
    }

    private final class EncodingPublisher extends PresenceEventsPublisher {
        private final PresenceEventsCodec codec = new PresenceEventsCodec();

        @Override
        public void publish(UserOffline event) {
            String json = codec.encode(event);
            topics.execute(() -> codec.decodeUserOffline(json).then(service::heard, EncodingPublisher::unreadable));
        }

        @Override
        public void publish(PresenceChanged event) {
            String json = codec.encode(event);
            topics.execute(() -> codec.decodePresenceChanged(json).then(service::heard, EncodingPublisher::unreadable));
        }

        private static void unreadable(String reason) {
            throw new IllegalStateException("the codec did not read its own event: " + reason);
        }
    }

    private final class PbxPicture extends LivePbx {
        @Override
        public List<Phone> phones() {
            return List.copyOf(phones);
        }

        @Override
        public MirrorStatus status() {
            return new MirrorStatus(false, "", Optional.of(time.instant()), 0, 0, 0, 1, Map.of());
        }
    }

    /** The CDI event, told synchronously to the observers the test adds. */
    private final class Observed implements Event<PresenceRestarted> {
        @Override
        public void fire(PresenceRestarted event) {
            restartObservers.forEach(observer -> observer.accept(event));
        }

        @Override
        public <U extends PresenceRestarted> CompletionStage<U> fireAsync(U event) {
            fire(event);
            return CompletableFuture.completedFuture(event);
        }

        @Override
        public <U extends PresenceRestarted> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            return fireAsync(event);
        }

        @Override
        public Event<PresenceRestarted> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends PresenceRestarted> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException("not used by the service");
        }

        @Override
        public <U extends PresenceRestarted> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException("not used by the service");
        }
    }
}
