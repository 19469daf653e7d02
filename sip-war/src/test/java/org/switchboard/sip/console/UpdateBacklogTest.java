package org.switchboard.sip.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.switchboard.protocol.CommandName;
import org.switchboard.protocol.ConsoleUpdate;
import org.switchboard.protocol.PhonesUpdate;
import org.switchboard.protocol.PhonesUpdate.PhoneStatus;
import org.switchboard.protocol.PresenceUpdate;
import org.switchboard.protocol.SiteUpdate;
import org.switchboard.protocol.PresenceUpdate.UserPresence;
import org.switchboard.protocol.StateUpdate;

class UpdateBacklogTest {

    private final UpdateBacklog backlog = new UpdateBacklog();
    private long seq;

    private static StateUpdate state(long seq) {
        return Updates.state("s", seq);
    }

    private static PhonesUpdate phones(long seq, boolean full, Object... extensionAndStatus) {
        return Updates.phones("s", seq, full, extensionAndStatus);
    }

    private static UserPresence user(String user, PresenceUpdate.Status status, long version) {
        return new UserPresence(user, status, "", false, version);
    }

    private static List<UserPresence> users(int count, long version) {
        return IntStream.range(0, count).mapToObj(i -> user("u" + i, PresenceUpdate.Status.AVAILABLE, version))
                .toList();
    }

    private static List<PhonesUpdate.PhoneView> phoneViews(int count) {
        return IntStream.range(0, count).mapToObj(i -> new PhonesUpdate.PhoneView(Integer.toString(10_000 + i),
                "PJSIP/" + (10_000 + i), PhoneStatus.IDLE, true)).toList();
    }

    /** Adds the updates as a session makes them, numbered on; true when any add compacted the backlog. */
    private boolean add(List<? extends ConsoleUpdate> updates) {
        boolean compacted = false;
        for (ConsoleUpdate update : updates) {
            compacted |= backlog.add(update);
        }
        return compacted;
    }

    private boolean addPresence(boolean full, List<UserPresence> users) {
        return add(PresenceUpdate.batches("s", () -> ++seq, full, users));
    }

    private boolean addPhones(boolean full, List<PhonesUpdate.PhoneView> phones) {
        return add(PhonesUpdate.batches("s", () -> ++seq, full, phones));
    }

    private List<ConsoleUpdate> drain() {
        List<ConsoleUpdate> all = new ArrayList<>();
        for (ConsoleUpdate next = backlog.poll(); next != null; next = backlog.poll()) {
            all.add(next);
        }
        assertThat(backlog.entries()).isZero();
        return all;
    }

    /** What a client knows after applying the PRESENCE updates in order: user to presence. */
    private static Map<String, UserPresence> presenceKnown(List<ConsoleUpdate> updates) {
        Map<String, UserPresence> known = new LinkedHashMap<>();
        for (ConsoleUpdate update : updates) {
            if (update instanceof PresenceUpdate presence) {
                if (presence.full()) {
                    known.clear();
                }
                presence.users().forEach(user -> known.put(user.user(), user));
            }
        }
        return known;
    }

    private static void assertNumberedWithoutGap(List<ConsoleUpdate> updates, long first) {
        assertThat(updates).extracting(ConsoleUpdate::seq).containsExactlyElementsOf(
                LongStream.range(first, first + updates.size()).boxed().toList());
    }

    @Test
    void givenStatesUnderTheLimit_thenEachWaitsInOrder() {
        for (long n = 1; n <= 100; n++) {
            assertThat(backlog.add(state(n))).isFalse();
        }

        assertThat(drain()).containsExactlyElementsOf(LongStream.rangeClosed(1, 100).mapToObj(n -> state(n)).toList());
    }

    @Test
    void whenCompacted_thenOnlyTheNewestSiteIsKept_besideTheNewestState() {
        backlog.add(new SiteUpdate("s", 1, "primary-a", SiteUpdate.Role.PRIMARY, true, "undecided"));
        backlog.add(new SiteUpdate("s", 2, "primary-a", SiteUpdate.Role.PRIMARY, false, "fenced"));
        boolean compacted = false;
        for (long n = 3; n <= UpdateBacklog.CAPACITY + 3; n++) {
            compacted |= backlog.add(state(n));
        }

        List<ConsoleUpdate> left = drain();

        assertThat(compacted).isTrue();
        assertThat(left).filteredOn(update -> update.kind() == ConsoleUpdate.Kind.SITE).singleElement()
                .satisfies(site -> assertThat(((SiteUpdate) site).reason()).isEqualTo("fenced"));
        assertThat(left.get(0).kind()).as("the SITE before the STATEs, as it came").isEqualTo(ConsoleUpdate.Kind.SITE);
        assertThat(left).hasSizeLessThan(5);
    }

    @Test
    void theUpdatesLeaveNumberedOnFromTheFirstOneAdded_whateverNumbersTheyCameWith() {
        backlog.add(state(17));
        backlog.add(phones(19, false, "201", PhoneStatus.IDLE));
        backlog.add(state(23));

        assertThat(drain()).containsExactly(state(17), phones(18, false, "201", PhoneStatus.IDLE), state(19));
    }

    @Test
    void givenABatchOfChangesWaiting_whenAnotherOfItsKindComes_thenItJoinsIt_withTheNewestStatusPerExtension() {
        backlog.add(phones(1, false, "201", PhoneStatus.RINGING_INTERNAL, "202", PhoneStatus.IDLE));
        backlog.add(state(2));
        backlog.add(phones(3, false, "201", PhoneStatus.BUSY_INTERNAL));

        assertThat(drain()).containsExactly(
                phones(1, false, "202", PhoneStatus.IDLE, "201", PhoneStatus.BUSY_INTERNAL), state(2));
    }

    @Test
    void givenTheJoinedBatchWouldOutgrowTheBatchSize_thenTheChangesWaitInABatchOfTheirOwn() {
        addPresence(false, users(64, 1));
        addPresence(false, List.of(user("u3", PresenceUpdate.Status.AWAY, 2)));
        addPresence(false, List.of(user("u64", PresenceUpdate.Status.BUSY, 1)));

        List<ConsoleUpdate> left = drain();

        assertThat(left).extracting(update -> ((PresenceUpdate) update).users().size()).containsExactly(64, 1);
        assertThat(presenceKnown(left)).hasSize(65).containsEntry("u3", user("u3", PresenceUpdate.Status.AWAY, 2));
    }

    @Test
    void givenAFullListing_thenItSupersedesEveryBatchOfItsKindWaitingBeforeIt_andNoOther() {
        backlog.add(phones(1, true, "299", PhoneStatus.IDLE));
        backlog.add(new PresenceUpdate("s", 2, false, List.of(user("204", PresenceUpdate.Status.AWAY, 3))));
        backlog.add(state(3));
        backlog.add(phones(4, false, "299", PhoneStatus.BUSY_EXTERNAL));
        seq = 4;
        addPhones(true, phoneViews(450));

        List<ConsoleUpdate> left = drain();

        assertThat(left).extracting(ConsoleUpdate::kind).containsExactly(ConsoleUpdate.Kind.PRESENCE,
                ConsoleUpdate.Kind.STATE, ConsoleUpdate.Kind.PHONES, ConsoleUpdate.Kind.PHONES,
                ConsoleUpdate.Kind.PHONES);
        assertThat(left.subList(2, 5)).extracting(update -> ((PhonesUpdate) update).full()).containsExactly(true,
                false, false);
        assertThat(left.subList(2, 5)).flatExtracting(update -> ((PhonesUpdate) update).phones())
                .containsExactlyElementsOf(phoneViews(450));
        assertNumberedWithoutGap(left, 1);
    }

    @Test
    void givenTheFullListingsOfTenThousandColleagues_thenTheyWaitWhole_withoutCompacting() {
        boolean compacted = backlog.add(state(++seq));
        compacted |= addPhones(true, phoneViews(10_000));
        compacted |= addPresence(true, users(10_000, 1));
        compacted |= backlog.add(state(++seq));

        List<ConsoleUpdate> left = drain();

        assertThat(compacted).isFalse();
        assertThat(left).hasSize(1 + 50 + 157 + 1);
        assertNumberedWithoutGap(left, 1);
        assertThat(presenceKnown(left).values()).containsExactlyElementsOf(users(10_000, 1));
    }

    @Test
    void givenChangesPouringInAfterAFullListing_thenTheyJoinItsLastBatchAndTheBatchesAfterIt() {
        addPresence(true, users(100, 1));
        for (int round = 2; round <= 50; round++) {
            for (int i = 0; i < 100; i += 7) {
                addPresence(false, List.of(user("u" + i, PresenceUpdate.Status.BUSY, round)));
            }
        }

        List<ConsoleUpdate> left = drain();

        assertThat(left).hasSizeLessThanOrEqualTo(3);
        assertNumberedWithoutGap(left, 1);
        Map<String, UserPresence> known = presenceKnown(left);
        assertThat(known).hasSize(100).containsEntry("u7", user("u7", PresenceUpdate.Status.BUSY, 50))
                .containsEntry("u8", user("u8", PresenceUpdate.Status.AVAILABLE, 1));
    }

    @Test
    void givenMoreEntriesThanTheLimit_thenTheNewestStateAndTheNewestPresencePerUserRemain_numberedWithoutGap() {
        addPresence(false, users(10_000, 1));
        addPresence(false, users(10_000, 2));
        boolean compacted = false;
        for (int i = 0; i < UpdateBacklog.CAPACITY - 20_000 + 1; i++) {
            compacted |= backlog.add(state(++seq));
        }

        List<ConsoleUpdate> left = drain();

        assertThat(compacted).isTrue();
        assertThat(left).filteredOn(update -> update.kind() == ConsoleUpdate.Kind.STATE).containsExactly(
                state(left.size()));
        assertThat(left).hasSize(157 + 1);
        assertThat(presenceKnown(left).values()).containsExactlyInAnyOrderElementsOf(users(10_000, 2));
        assertNumberedWithoutGap(left, 1);
    }

    @Test
    void givenAnErrorInAStateMergedAway_thenTheNewestStateReportsIt() {
        StateUpdate.CommandError refused = new StateUpdate.CommandError(6, CommandName.HOLD,
                StateUpdate.ErrorCode.PBX_REFUSED, "the PBX refused");
        backlog.add(state(++seq));
        backlog.add(state(++seq).withError(Optional.of(refused)));
        while (!backlog.add(state(++seq))) {
            // until the limit is passed
        }

        assertThat(drain()).containsExactly(state(1).withError(Optional.of(refused)));
    }

    @Test
    void afterCompacting_theLimitIsTwiceWhatIsLeft_soTheNextChangeDoesNotCompactAgain() {
        assertThat(addPresence(false, users(UpdateBacklog.CAPACITY + 1, 1))).isTrue();
        int left = backlog.entries();

        assertThat(addPresence(false, List.of(user("u0", PresenceUpdate.Status.AWAY, 2)))).isFalse();
        for (int i = 0; i < left - 1; i++) {
            backlog.add(state(++seq));
        }
        assertThat(backlog.add(state(++seq))).isTrue();
        assertThat(backlog.entries()).isEqualTo(UpdateBacklog.CAPACITY + 1 + 1);
    }
}
