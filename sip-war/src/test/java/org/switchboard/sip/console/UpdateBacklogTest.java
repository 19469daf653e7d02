package org.switchboard.sip.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.protocol.ConsoleUpdate;

class UpdateBacklogTest {

    private final UpdateBacklog backlog = new UpdateBacklog();

    private static ConsoleUpdate state(long seq) {
        return new ConsoleUpdate.State("s", seq, "IDLE");
    }

    private static ConsoleUpdate phones(long seq, boolean full, String... extensionAndStatus) {
        List<ConsoleUpdate.Phone> list = new ArrayList<>();
        for (int i = 0; i < extensionAndStatus.length; i += 2) {
            list.add(new ConsoleUpdate.Phone(extensionAndStatus[i], "PJSIP/" + extensionAndStatus[i], extensionAndStatus[i + 1], true));
        }
        return new ConsoleUpdate.Phones("s", seq, full, list);
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
            assertThat(backlog.add(seq % 2 == 0 ? state(seq) : phones(seq, false, "201", "IDLE"))).isFalse();
        }

        assertThat(drain()).extracting(ConsoleUpdate::seq).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, UpdateBacklog.CAPACITY).boxed().toList());
    }

    @Test
    void givenOneMoreThanItsCapacity_thenTheNewestStateAndOnePhonesBatchWithTheNewestStatusPerExtensionRemain() {
        backlog.add(phones(1, false, "201", "RINGING_INTERNAL", "202", "IDLE"));
        for (long seq = 2; seq <= UpdateBacklog.CAPACITY; seq++) {
            backlog.add(state(seq));
        }

        assertThat(backlog.add(phones(UpdateBacklog.CAPACITY + 1, false, "201", "BUSY_INTERNAL"))).isTrue();

        assertThat(drain()).containsExactly(state(UpdateBacklog.CAPACITY),
                phones(UpdateBacklog.CAPACITY + 1, false, "202", "IDLE", "201", "BUSY_INTERNAL"));
    }

    @Test
    void givenAFullPhonesBatchAmongTheMerged_thenTheMergedBatchIsFullAndStartsFromIt() {
        backlog.add(phones(1, false, "299", "IDLE"));
        backlog.add(phones(2, true, "201", "IDLE", "202", "IDLE"));
        for (long seq = 3; seq <= UpdateBacklog.CAPACITY + 1; seq++) {
            backlog.add(phones(seq, false, "202", "BUSY_EXTERNAL"));
        }

        assertThat(drain()).containsExactly(
                phones(UpdateBacklog.CAPACITY + 1, true, "201", "IDLE", "202", "BUSY_EXTERNAL"));
    }

    @Test
    void givenOnlyStates_thenOnlyTheNewestRemains() {
        for (long seq = 1; seq <= UpdateBacklog.CAPACITY + 1; seq++) {
            backlog.add(state(seq));
        }

        assertThat(drain()).containsExactly(state(UpdateBacklog.CAPACITY + 1));
    }
}
