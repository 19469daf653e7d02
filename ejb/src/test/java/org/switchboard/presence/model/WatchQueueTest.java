package org.switchboard.presence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class WatchQueueTest {

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");
    private static final WatcherId DESK = new WatcherId("console:s9");
    private static final UserId ANNA = new UserId("201");
    private static final UserId BEN = new UserId("202");

    private final WatchQueue queue = new WatchQueue();

    @Test
    void aBurstOfOneUser_isCoalescedToTheNewest() {
        assertThat(queue.offer(DESK, presence(ANNA, PresenceStatus.AVAILABLE, 1))).as("starts the lane").isTrue();
        assertThat(queue.offer(DESK, presence(ANNA, PresenceStatus.AWAY, 2))).as("lane already started").isFalse();
        assertThat(queue.offer(DESK, presence(BEN, PresenceStatus.BUSY, 5))).isFalse();
        assertThat(queue.offer(DESK, presence(ANNA, PresenceStatus.OFFLINE, 3))).isFalse();

        assertThat(queue.drain(DESK)).extracting(Presence::user, Presence::version)
                .containsExactly(tuple(BEN, 5L), tuple(ANNA, 3L));
    }

    @Test
    void anOlderPresence_neverReplacesANewerWaitingOne() {
        queue.offer(DESK, presence(ANNA, PresenceStatus.AWAY, 4));
        queue.offer(DESK, presence(ANNA, PresenceStatus.AVAILABLE, 3));

        assertThat(queue.drain(DESK)).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(PresenceStatus.AWAY));
    }

    @Test
    void anOfferWhileDraining_isPickedUpByTheRunningDrain_andAnEmptyDrainMakesTheLaneIdle() {
        queue.offer(DESK, presence(ANNA, PresenceStatus.AVAILABLE, 1));
        queue.drain(DESK);

        assertThat(queue.offer(DESK, presence(ANNA, PresenceStatus.AWAY, 2))).as("the drain is still running")
                .isFalse();
        assertThat(queue.drain(DESK)).extracting(Presence::version).containsExactly(2L);
        assertThat(queue.drain(DESK)).isEmpty();
        assertThat(queue.offer(DESK, presence(ANNA, PresenceStatus.BUSY, 3))).as("idle: start again").isTrue();
    }

    @Test
    void forget_dropsWhatWaits() {
        queue.offer(DESK, presence(ANNA, PresenceStatus.AVAILABLE, 1));

        queue.forget(DESK);

        assertThat(queue.waiting(DESK)).isZero();
        assertThat(queue.drain(DESK)).isEmpty();
    }

    @Test
    void underConcurrentOffers_oneDrainRunsAtATime_andTheNewestOfEveryUserArrives() throws Exception {
        Map<UserId, Presence> delivered = new ConcurrentHashMap<>();
        Map<UserId, AtomicLong> newestOffered = Map.of(ANNA, new AtomicLong(), BEN, new AtomicLong());
        AtomicInteger drainsAtOnce = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        AtomicLong versions = new AtomicLong();
        List<Future<?>> drains = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        Runnable lane = () -> {
            if (drainsAtOnce.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            for (List<Presence> batch = queue.drain(DESK); !batch.isEmpty(); batch = queue.drain(DESK)) {
                batch.forEach(p -> delivered.merge(p.user(), p, (old, now) -> now.newerThan(old) ? now : old));
            }
            drainsAtOnce.decrementAndGet();
        };
        List<Future<?>> producers = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            UserId user = p % 2 == 0 ? ANNA : BEN;
            producers.add(pool.submit(() -> {
                for (int i = 0; i < 2_000; i++) {
                    long version = versions.incrementAndGet();
                    newestOffered.get(user).accumulateAndGet(version, Math::max);
                    if (queue.offer(DESK, presence(user, PresenceStatus.AWAY, version))) {
                        drains.add(pool.submit(lane));
                    }
                }
            }));
        }
        for (Future<?> producer : producers) {
            producer.get(30, TimeUnit.SECONDS);
        }
        for (Future<?> drain : List.copyOf(drains)) {
            drain.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(overlaps.get()).as("drains running at once").isZero();
        assertThat(queue.waiting(DESK)).isZero();
        assertThat(delivered.get(ANNA).version()).isEqualTo(newestOffered.get(ANNA).get());
        assertThat(delivered.get(BEN).version()).isEqualTo(newestOffered.get(BEN).get());
    }

    private static Presence presence(UserId user, PresenceStatus status, long version) {
        return new Presence(user, status, "", Map.of(), false, version, T0);
    }
}
