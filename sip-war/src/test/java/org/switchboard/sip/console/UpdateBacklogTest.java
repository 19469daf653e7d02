package org.switchboard.sip.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.protocol.ConsoleUpdate;
import org.switchboard.protocol.PhonesUpdate;
import org.switchboard.protocol.PhonesUpdate.PhoneStatus;
import org.switchboard.protocol.PresenceUpdate;

class UpdateBacklogTest {

    private final UpdateBacklog backlog = new UpdateBacklog();

    private static ConsoleUpdate state(long seq) {
        return Updates.state("s", seq);
    }

    private static ConsoleUpdate phones(long seq, boolean full, Object... extensionAndStatus) {
        return Updates.phones("s", seq, full, extensionAndStatus);
    }

    private List<ConsoleUpdate> drain() {
        List<ConsoleUpdate> all = new ArrayList<>();
        for (ConsoleUpdate next = backlog.poll(); next != null; next = backlog.poll()) {
            all.add(next);
        }
        return all;
    }

    @Test
    void givenUpToItsCapacity_thenEveryUpdateWaitsInOrder() {
        for (long seq = 1; seq <= UpdateBacklog.CAPACITY; seq++) {
            assertThat(backlog.add(seq % 2 == 0 ? state(seq) : phones(seq, false, "201", PhoneStatus.IDLE))).isFalse();
        }

        assertThat(drain()).extracting(ConsoleUpdate::seq).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, UpdateBacklog.CAPACITY).boxed().toList());
    }

    @Test
    void givenOneMoreThanItsCapacity_thenTheNewestStateAndOnePhonesBatchWithTheNewestStatusPerExtensionRemain() {
        backlog.add(phones(1, false, "201", PhoneStatus.RINGING_INTERNAL, "202", PhoneStatus.IDLE));
        for (long seq = 2; seq <= UpdateBacklog.CAPACITY; seq++) {
            backlog.add(state(seq));
        }

        assertThat(backlog.add(phones(UpdateBacklog.CAPACITY + 1, false, "201", PhoneStatus.BUSY_INTERNAL))).isTrue();

        assertThat(drain()).containsExactly(state(UpdateBacklog.CAPACITY),
                phones(UpdateBacklog.CAPACITY + 1, false, "202", PhoneStatus.IDLE, "201", PhoneStatus.BUSY_INTERNAL));
    }

    @Test
    void givenAFullPhonesBatchAmongTheMerged_thenTheMergedBatchIsFullAndStartsFromIt() {
        backlog.add(phones(1, false, "299", PhoneStatus.IDLE));
        backlog.add(phones(2, true, "201", PhoneStatus.IDLE, "202", PhoneStatus.IDLE));
        for (long seq = 3; seq <= UpdateBacklog.CAPACITY + 1; seq++) {
            backlog.add(phones(seq, false, "202", PhoneStatus.BUSY_EXTERNAL));
        }

        assertThat(drain()).containsExactly(
                phones(UpdateBacklog.CAPACITY + 1, true, "201", PhoneStatus.IDLE, "202", PhoneStatus.BUSY_EXTERNAL));
    }

    @Test
    void givenMergedPhonesOverOneBatch_thenTheyGoInFullBatchesNumberedByTheNewestMergedOnes() {
        for (long seq = 1; seq <= UpdateBacklog.CAPACITY + 1; seq++) {
            Object[] pairs = new Object[20];
            for (int i = 0; i < 10; i++) {
                pairs[2 * i] = Long.toString(1000 + seq * 10 + i);
                pairs[2 * i + 1] = PhoneStatus.IDLE;
            }
            backlog.add(phones(seq, false, pairs));
        }

        List<ConsoleUpdate> left = drain();

        assertThat(left).extracting(ConsoleUpdate::seq).containsExactly(32L, 33L);
        assertThat(left).extracting(u -> ((PhonesUpdate) u).phones().size()).containsExactly(200, 130);
    }

    @Test
    void givenOnlyStates_thenOnlyTheNewestRemains() {
        for (long seq = 1; seq <= UpdateBacklog.CAPACITY + 1; seq++) {
            backlog.add(state(seq));
        }

        assertThat(drain()).containsExactly(state(UpdateBacklog.CAPACITY + 1));
    }

    @Test
    void givenPresenceBatchesAmongTheCompacted_thenOneBatchKeepsTheNewestPresencePerUserUnderTheNewestNumber() {
        backlog.add(presence(1, true, "201", PresenceUpdate.Status.AVAILABLE, 3));
        for (long seq = 2; seq <= UpdateBacklog.CAPACITY; seq++) {
            backlog.add(presence(seq, false, "202", PresenceUpdate.Status.AWAY, seq));
        }

        assertThat(backlog.add(presence(UpdateBacklog.CAPACITY + 1, false, "201", PresenceUpdate.Status.BUSY, 4)))
                .isTrue();

        assertThat(drain()).containsExactly(new PresenceUpdate("s", UpdateBacklog.CAPACITY + 1, true, List.of(
                new PresenceUpdate.UserPresence("202", PresenceUpdate.Status.AWAY, "", false, UpdateBacklog.CAPACITY),
                new PresenceUpdate.UserPresence("201", PresenceUpdate.Status.BUSY, "", false, 4))));
    }

    private static ConsoleUpdate presence(long seq, boolean full, String user, PresenceUpdate.Status status,
            long version) {
        return new PresenceUpdate("s", seq, full, List.of(new PresenceUpdate.UserPresence(user, status, "", false,
                version)));
    }
}
