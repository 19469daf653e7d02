package org.switchboard.presence.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

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
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BEN, 5L),
                        org.assertj.core.groups.Tuple.tuple(ANNA, 3L));
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

    private static Presence presence(UserId user, PresenceStatus status, long version) {
        return new Presence(user, status, "", Map.of(), false, version, T0);
    }
}
