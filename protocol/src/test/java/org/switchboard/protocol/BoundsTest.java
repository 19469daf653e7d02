package org.switchboard.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.switchboard.protocol.PhonesUpdate.PhoneStatus;
import org.switchboard.protocol.PhonesUpdate.PhoneView;
import org.switchboard.protocol.StateUpdate.CallEntry;

class BoundsTest {

    private final ConsoleCodec codec = new ConsoleCodec();

    @Test
    void theWorstStateUpdateStaysWithinSixtyFourKibibytesAndCountsWhatItLeavesOut() {
        StateUpdate worst = Samples.worstCase(500, 500);

        byte[] body = codec.encode(worst);

        assertThat(body.length).isLessThanOrEqualTo(Bounds.BODY_BYTES);
        assertThat(worst.lines()).allSatisfy(line -> assertThat(line.call().orElseThrow().history()).hasSize(20));
        assertThat(worst.waiting().size() + worst.waitingOmitted()).isEqualTo(500);
        assertThat(worst.supervised().size() + worst.supervisedOmitted()).isEqualTo(500);
        assertThat(worst.supervised()).allSatisfy(call -> assertThat(call.history()).isEmpty());
        assertThat(codec.decodeUpdate(ConsoleMediaTypes.UPDATE, body)).isEqualTo(new Decoded.Ok<>(worst));
    }

    @Test
    void aStateUpdateMadeTooBigWithoutBoundedIsCutTheSameWayWhenEncoded() {
        StateUpdate head = Samples.worstCase(0, 0);
        List<CallEntry> fifty = IntStream.range(0, 50).mapToObj(i -> Samples.widestCall("x" + i)).toList();
        StateUpdate tooBig = new StateUpdate(head.session(), head.seq(), head.sentAt(), head.state(),
                head.receptionist(), head.paused(), head.allowed(), head.pending(), head.lines(), fifty, 5, fifty, 7,
                head.error(), head.loggedOut());

        byte[] body = codec.encode(tooBig);

        assertThat(body.length).isLessThanOrEqualTo(Bounds.BODY_BYTES);
        StateUpdate sent = (StateUpdate) ((Decoded.Ok<ConsoleUpdate>) codec.decodeUpdate(ConsoleMediaTypes.UPDATE,
                body)).value();
        assertThat(sent.lines()).isEqualTo(tooBig.lines());
        assertThat(sent.supervised()).isNotEmpty().allSatisfy(call -> assertThat(call.history()).isEmpty());
        assertThat(sent.supervised()).extracting(CallEntry::callId)
                .isEqualTo(fifty.subList(0, sent.supervised().size()).stream().map(CallEntry::callId).toList());
        assertThat(sent.waiting().size() + sent.waitingOmitted()).isEqualTo(55);
        assertThat(sent.supervised().size() + sent.supervisedOmitted()).isEqualTo(57);
    }

    @Test
    void theTwoLinesAloneWithEveryFieldAtItsLimitTakeLessThanTwoThirdsOfABody() {
        StateUpdate linesOnly = Samples.worstCase(0, 0);

        assertThat(codec.encode(linesOnly).length).isLessThan(Bounds.BODY_BYTES * 2 / 3);
    }

    @Test
    void theTwoLinesAndOneMoreCall_alwaysFit_soSuchBodiesAreNotMeasured() {
        StateUpdate three = Samples.worstCase(1, 0);

        assertThat(Bounds.CALLS_THAT_ALWAYS_FIT).isEqualTo(3);
        assertThat(three.waiting()).hasSize(1).allSatisfy(call -> assertThat(call.history()).hasSize(20));
        assertThat(codec.encode(three).length).isLessThanOrEqualTo(Bounds.BODY_BYTES);
    }

    @Test
    void timesAreWrittenWithThreeFractionDigitsInUtc() {
        assertThat(WireTime.write(java.time.Instant.parse("2026-11-26T10:15:30.123456Z")))
                .isEqualTo("2026-11-26T10:15:30.123Z");
        assertThat(WireTime.write(java.time.Instant.parse("0001-01-02T03:04:05Z"))).isEqualTo("0001-01-02T03:04:05.000Z");
        assertThat(WireTime.write(java.time.Instant.parse("9999-12-31T23:59:59.999Z")))
                .isEqualTo("9999-12-31T23:59:59.999Z");
    }

    @Test
    void belowTheByteBudgetOnlyTheCountsCut() {
        List<CallEntry> waiting = IntStream.range(0, 70).mapToObj(i -> smallCall("w" + i)).toList();
        List<CallEntry> supervised = IntStream.range(0, 3).mapToObj(i -> smallCall("s" + i)).toList();

        StateUpdate update = StateUpdate.bounded(Samples.SESSION, 1, Samples.T0, "IDLE", Samples.ANNA, false,
                List.of(CommandName.TAKE_BACK), Optional.empty(),
                List.of(StateUpdate.LineView.empty(LineNo.ONE), StateUpdate.LineView.empty(LineNo.TWO)), waiting,
                supervised, Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(update.waiting()).isEqualTo(waiting.subList(0, 50));
        assertThat(update.waitingOmitted()).isEqualTo(20);
        assertThat(update.supervised()).isEqualTo(supervised);
        assertThat(update.supervisedOmitted()).isZero();
        assertThat(update.waiting().get(0).history()).hasSize(1);
    }

    @Test
    void aHistoryKeepsItsNewestTwentyEntries() {
        List<Integer> newestFirst = IntStream.rangeClosed(1, 26).boxed().toList();

        Bounds.Cut<Integer> cut = Bounds.history(newestFirst);

        assertThat(cut.kept()).isEqualTo(newestFirst.subList(0, 20));
        assertThat(cut.omitted()).isEqualTo(6);
        assertThatIllegalArgumentException().isThrownBy(() -> call("1.1", 21))
                .withMessage("history has 21 entries, more than 20");
    }

    @Test
    void phonesGoOutInBatchesOfTwoHundredNumberedInTurnWithFullOnTheFirstOnly() {
        List<PhoneView> phones = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            phones.add(new PhoneView(String.valueOf(1000 + i), "PJSIP/" + (1000 + i), PhoneStatus.IDLE, true));
        }
        AtomicLong seq = new AtomicLong(40);

        List<PhonesUpdate> batches = PhonesUpdate.batches(Samples.SESSION, seq::incrementAndGet, true, phones);

        assertThat(batches).extracting(PhonesUpdate::seq).containsExactly(41L, 42L, 43L);
        assertThat(batches).extracting(PhonesUpdate::full).containsExactly(true, false, false);
        assertThat(batches).extracting(batch -> batch.phones().size()).containsExactly(200, 200, 50);
        assertThat(batches.stream().flatMap(batch -> batch.phones().stream()).toList()).isEqualTo(phones);
        assertThat(PhonesUpdate.batches(Samples.SESSION, seq::incrementAndGet, false, List.of())).isEmpty();
        assertThat(PhonesUpdate.batches(Samples.SESSION, seq::incrementAndGet, true, List.of()))
                .containsExactly(new PhonesUpdate(Samples.SESSION, 44, true, List.of()));
    }

    @Test
    void theLargestPhonesBodyStaysWithinABody() {
        List<PhoneView> phones = IntStream.range(0, Bounds.PHONES).mapToObj(i -> new PhoneView("9".repeat(32),
                "D".repeat(64), PhoneStatus.RINGING_EXTERNAL, false)).toList();

        assertThat(codec.encode(new PhonesUpdate("s".repeat(64), Long.MAX_VALUE, true, phones)).length)
                .isLessThan(Bounds.BODY_BYTES);
    }

    @Test
    void textFromOutsideIsMadeFitForAField() {
        assertThat(Bounds.text("Caller\u0000Name\r\nline two", 80)).isEqualTo("Caller Name \nline two");
        assertThat(Bounds.text("ab😀cd", 3)).isEqualTo("ab");
        assertThat(Bounds.text("a\ud800b", 10)).isEqualTo("a?b");
        String fitted = Bounds.text("x".repeat(900), Bounds.NOTE_CHARS);
        assertThat(new ConsoleCommand.Note(1, "1.2", fitted).note()).hasSize(500);
    }

    private static CallEntry smallCall(String callId) {
        return call(callId, 1);
    }

    private static CallEntry call(String callId, int historyEntries) {
        List<StateUpdate.HistoryEntry> history = IntStream.range(0, historyEntries)
                .mapToObj(i -> new StateUpdate.HistoryEntry(Samples.T0, "QUEUED", "QUEUED",
                        StateUpdate.HistoryKind.QUEUE, Optional.empty(), Optional.empty()))
                .toList();
        return new CallEntry(callId, "201", "", "", Optional.empty(), "QUEUED", Optional.empty(), Optional.empty(),
                Samples.T0, Optional.empty(), Optional.empty(), history, 0);
    }
}
