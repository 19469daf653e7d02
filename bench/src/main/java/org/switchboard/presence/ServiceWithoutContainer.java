package org.switchboard.presence;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;

import org.switchboard.pbx.LivePbx;
import org.switchboard.pbx.mirror.MirrorStatus;
import org.switchboard.pbx.model.DeviceState;
import org.switchboard.phone.model.Phone;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.phone.model.Registration;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceChanged;
import org.switchboard.presence.model.PresenceSettings;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.model.UserOffline;

/**
 * The real {@link PresenceService} in a benchmark's JVM, outside the container, with the production settings: JDK
 * executors in place of the managed ones (a pool of {@value #THREADS} threads), the system clock,
 * a store in memory in place of JPA, and in place of the topics and their MDBs a publisher that encodes each event
 * with the topics' codec and hands it to one thread (each MDB takes one session) that decodes it and tells the
 * service. The PBX picture is an idle phone per user given, registered or not. What this leaves out of the deployed
 * server's work: the JPA transaction per change, Artemis, the EJB and CDI proxies, and the consoles' SIP.
 * (In this package because the service's collaborators are package-private fields set by the container.)
 */
public final class ServiceWithoutContainer implements AutoCloseable {

    private static final int THREADS = 16;

    private final PresenceService service = new PresenceService();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(2);
    private final ExecutorService topics = Executors.newSingleThreadExecutor();
    private final Map<UserId, Presence> stored = new ConcurrentHashMap<>();
    private final PresenceEventsCodec codec = new PresenceEventsCodec();

    /** Starts the service with {@code devices} (PJSIP/10000, ...) idle, registered or not. */
    public ServiceWithoutContainer(List<String> devices, boolean registered) {
        Registration registration = registered ? Registration.REGISTERED : Registration.UNREGISTERED;
        List<Phone> phones = devices.stream().map(device -> new Phone(device, PhoneStatus.IDLE, DeviceState.NOT_INUSE,
                registration, Optional.empty())).toList();
        service.settings = PresenceSettings.from(key -> null);
        service.store = new MemoryStore();
        service.publisher = new EncodingPublisher();
        service.live = new Picture(phones);
        service.clock = Clock.systemUTC();
        service.restarted = new Unobserved();
        service.executor = pool;
        service.scheduler = timers;
        service.start();
    }

    public PresenceDesk desk() {
        return service;
    }

    /** How many logins the directory holds. */
    public int logins() {
        return service.counts().logins();
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
        public void save(Presence presence) {
            stored.merge(presence.user(), presence, (old, now) -> now.version() > old.version() ? now : old);
        }

        @Override
        public List<Presence> all() {
            return List.copyOf(stored.values());
        }
    }

    private final class EncodingPublisher extends PresenceEventsPublisher {
        @Override
        public void publish(UserOffline event) {
            String json = codec.encode(event);
            topics.execute(() -> codec.decodeUserOffline(json).then(service::heard, Unreadable::fail));
        }

        @Override
        public void publish(PresenceChanged event) {
            String json = codec.encode(event);
            topics.execute(() -> codec.decodePresenceChanged(json).then(service::heard, Unreadable::fail));
        }
    }

    private static final class Unreadable {
        static void fail(String reason) {
            throw new IllegalStateException("the codec did not read its own event: " + reason);
        }
    }

    private static final class Picture extends LivePbx {
        private final List<Phone> phones;

        Picture(List<Phone> phones) {
            this.phones = phones;
        }

        @Override
        public List<Phone> phones() {
            return phones;
        }

        @Override
        public MirrorStatus status() {
            return new MirrorStatus(false, "", Optional.of(Instant.now()), 0, 0, 0, 1, Map.of());
        }
    }

    /** The CDI event of a restart: nobody observes it here (no console or SIP side runs in this JVM). */
    private static final class Unobserved implements Event<PresenceRestarted> {
        @Override
        public void fire(PresenceRestarted event) {
            // no observer
        }

        @Override
        public <U extends PresenceRestarted> CompletionStage<U> fireAsync(U event) {
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
