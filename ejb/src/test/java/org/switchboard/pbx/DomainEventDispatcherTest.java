package org.switchboard.pbx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.call.model.CallHeld;
import org.switchboard.call.model.CallRetrieved;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.phone.model.PhoneStatusChanged;
import org.switchboard.runtime.LogContext;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;
import org.switchboard.shared.model.DomainEvent;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.logging.CapturedLog;
import org.switchboard.testkit.logging.LogCapture;

class DomainEventDispatcherTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Instant AT = Instant.parse("2026-11-25T09:00:00Z");

    private final ExecutorService pool = Executors.newFixedThreadPool(6);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** A consumer that records what it got, with the call id it saw in the logging context. */
    private static final class Recorder implements DomainEventConsumer {
        final String name;
        final Predicate<DomainEvent> wanted;
        final Consumer<DomainEvent> action;
        final Map<String, List<DomainEvent>> byCall = new ConcurrentHashMap<>();
        final List<String> mdcCalls = Collections.synchronizedList(new ArrayList<>());
        final List<String> mdcSessions = Collections.synchronizedList(new ArrayList<>());

        Recorder(String name, Predicate<DomainEvent> wanted, Consumer<DomainEvent> action) {
            this.name = name;
            this.wanted = wanted;
            this.action = action;
        }

        Recorder(String name) {
            this(name, event -> true, event -> { });
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean wants(DomainEvent event) {
            return wanted.test(event);
        }

        @Override
        public void accept(DomainEvent event) {
            action.accept(event);
            mdcCalls.add(String.valueOf(MDC.get(LogContext.CALL)));
            mdcSessions.add(String.valueOf(MDC.get(LogContext.SESSION)));
            byCall.computeIfAbsent(event.callId().map(CallId::value).orElse("-"),
                    key -> Collections.synchronizedList(new ArrayList<>())).add(event);
        }

        int count() {
            return byCall.values().stream().mapToInt(List::size).sum();
        }
    }

    private static CallHeld held(String call, int n) {
        return new CallHeld(new CallId(call), AT.plusSeconds(n), "PJSIP/20" + (n % 7), new ChannelId(call + "-" + n));
    }

    private static List<DomainEvent> heldAndRetrieved(String call, int pairs) {
        List<DomainEvent> events = new ArrayList<>();
        for (int n = 0; n < pairs; n++) {
            events.add(held(call, 2 * n));
            events.add(new CallRetrieved(new CallId(call), AT.plusSeconds(2 * n + 1), "PJSIP/201",
                    new ChannelId(call + "-" + (2 * n + 1))));
        }
        return events;
    }

    @Test
    void givenEventsOfSeveralCalls_whenDispatched_thenEachConsumerGetsEachCallsEventsInOrder() {
        Recorder store = new Recorder("store");
        Recorder topic = new Recorder("topic");
        DomainEventDispatcher dispatcher = new DomainEventDispatcher(pool, List.of(store, topic));
        List<DomainEvent> a = heldAndRetrieved("1700000000.1", 200);
        List<DomainEvent> b = heldAndRetrieved("1700000000.2", 200);
        for (int i = 0; i < a.size(); i++) {
            dispatcher.dispatch(List.of(a.get(i), b.get(i)));
        }

        Await.until("both consumers got all 800 events", () -> store.count() == 800 && topic.count() == 800, WAIT);
        for (Recorder consumer : List.of(store, topic)) {
            assertThat(consumer.byCall.get("1700000000.1")).containsExactlyElementsOf(a);
            assertThat(consumer.byCall.get("1700000000.2")).containsExactlyElementsOf(b);
        }
        assertThat(dispatcher.stats()).extracting(DomainEventDispatcher.ConsumerStats::delivered)
                .containsExactly(800L, 800L);
    }

    @Test
    void givenAConsumerThatBlocks_whenEventsKeepComing_thenDispatchNeverWaitsAndTheOthersKeepUp() {
        Recorder stuck = new Recorder("stuck", event -> true, event -> await(release));
        Recorder healthy = new Recorder("healthy");
        DomainEventDispatcher dispatcher = new DomainEventDispatcher(pool, List.of(stuck, healthy));

        long started = System.nanoTime();
        for (int call = 0; call < 50; call++) {
            dispatcher.dispatch(heldAndRetrieved("1700000001." + call, 20));
        }
        Duration dispatching = Duration.ofNanos(System.nanoTime() - started);

        Await.until("the healthy consumer got all 2,000 events", () -> healthy.count() == 2_000, WAIT);
        assertThat(dispatching).as("2,000 events handed over while a consumer is stuck").isLessThan(WAIT);
        assertThat(stuck.count()).isZero();
        assertThat(dispatcher.stats().get(0).waiting()).isEqualTo(2_000);
        release.countDown();
        Await.until("the stuck consumer caught up", () -> stuck.count() == 2_000, WAIT);
    }

    @Test
    void givenAConsumerThatThrows_whenDispatched_thenTheFailureIsLoggedWithTheCallIdAndTheNextEventIsDelivered() {
        Recorder failing = new Recorder("failing", event -> true, event -> {
            if (event instanceof CallHeld) {
                throw new IllegalStateException("the broker is gone");
            }
        });
        Recorder other = new Recorder("other");
        DomainEventDispatcher dispatcher = new DomainEventDispatcher(pool, List.of(failing, other));

        try (LogCapture log = LogCapture.of("org.switchboard.pbx")) {
            dispatcher.dispatch(heldAndRetrieved("1700000002.7", 1));

            Await.until("the event after the failure reached the failing consumer", () -> failing.count() == 1, WAIT);
            Await.until("the other consumer got both", () -> other.count() == 2, WAIT);
            List<CapturedLog> failures = log.matching(line -> line.message().contains("SWB1104"));
            assertThat(failures).singleElement().satisfies(line -> {
                assertThat(line.level()).isEqualTo("ERROR");
                assertThat(line.mdc(LogContext.CALL)).isEqualTo("1700000002.7");
                assertThat(line.message()).contains("failing", "CallHeld");
                assertThat(line.thrown()).hasMessage("the broker is gone");
            });
        }
        assertThat(failing.byCall.get("1700000002.7")).singleElement().isInstanceOf(CallRetrieved.class);
        assertThat(dispatcher.stats().get(0)).satisfies(stats -> {
            assertThat(stats.failed()).isEqualTo(1);
            assertThat(stats.delivered()).isEqualTo(1);
        });
    }

    @Test
    void givenAConsumerWhoseBacklogIsFull_whenMoreEventsCome_thenOnlyItLosesThemAndEachLossIsLogged() {
        Recorder stuck = new Recorder("stuck", event -> true, event -> await(release));
        Recorder healthy = new Recorder("healthy");
        DomainEventDispatcher dispatcher = new DomainEventDispatcher(pool, List.of(stuck, healthy));
        int total = DomainEventDispatcher.BACKLOG + 3;

        try (LogCapture log = LogCapture.of("org.switchboard.pbx")) {
            for (int n = 0; n < total; n++) {
                dispatcher.dispatch(List.of(held("1700000003." + n, n)));
            }

            Await.until("the healthy consumer got every event", () -> healthy.count() == total, WAIT);
            assertThat(dispatcher.stats().get(0).dropped()).isEqualTo(3);
            assertThat(log.matching(line -> line.message().contains("SWB1106"))).hasSize(3)
                    .allSatisfy(line -> assertThat(line.message()).contains("stuck", "CallHeld"));
        }
    }

    @Test
    void givenADispatchingThreadWithAnotherSessionInItsContext_whenDelivered_thenTheConsumerSeesOnlyTheEventsIds() {
        Recorder consumer = new Recorder("consumer");
        DomainEventDispatcher dispatcher = new DomainEventDispatcher(pool, List.of(consumer));
        PhoneStatusChanged phone = new PhoneStatusChanged("PJSIP/203", AT, PhoneStatus.IDLE, PhoneStatus.BUSY_INTERNAL);

        try (LogContext stranger = LogContext.with(LogContext.SESSION, "session-of-someone-else")) {
            dispatcher.dispatch(List.of(held("1700000004.1", 1), phone));
        }

        Await.until("both delivered", () -> consumer.count() == 2, WAIT);
        assertThat(consumer.mdcCalls).containsExactlyInAnyOrder("1700000004.1", "null");
        assertThat(consumer.mdcSessions).containsOnly("null");
    }

    @Test
    void givenAConsumerThatWantsOnlySomeEvents_whenDispatched_thenTheOthersAreNeverQueuedForIt() {
        Recorder ends = new Recorder("ends", event -> event instanceof CallRetrieved, event -> { });
        DomainEventDispatcher dispatcher = new DomainEventDispatcher(pool, List.of(ends));

        dispatcher.dispatch(heldAndRetrieved("1700000005.1", 3));

        Await.until("the three wanted events delivered", () -> ends.count() == 3, WAIT);
        assertThat(ends.byCall.get("1700000005.1")).allMatch(CallRetrieved.class::isInstance);
        assertThat(dispatcher.stats().get(0).delivered()).isEqualTo(3);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
