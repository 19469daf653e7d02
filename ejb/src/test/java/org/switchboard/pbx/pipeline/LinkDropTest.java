package org.switchboard.pbx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.switchboard.pbx.pipeline.TraceCut.event;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.call.model.Call;
import org.switchboard.call.model.CallAnswered;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallRecovered;
import org.switchboard.call.model.ParkedCall;
import org.switchboard.call.model.Party;
import org.switchboard.call.model.PartyState;
import org.switchboard.cdr.model.CallDetailRecord;
import org.switchboard.cdr.model.CallDetailRecords;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.phone.model.PhoneStatus;

/**
 * The link drops in the middle of a call and comes back with a resync; the PBX may go on meanwhile. The call
 * must come out exactly as from an uninterrupted replay of the same session, and never end as VANISHED
 * while the PBX still had it.
 */
class LinkDropTest {

    private final Pipeline uninterrupted = Pipeline.connected();
    private final Pipeline pipeline = Pipeline.connected();

    @AfterEach
    void close() {
        pipeline.close();
        uninterrupted.close();
    }

    @Test
    void givenAnAnsweredQueueCall_whenTheLinkDropsAndComesBack_thenItsRecordIsAsWithoutTheDrop() {
        List<AmiMessage> events = replayedUninterrupted("incoming-queue-answered-202");
        TraceCut talking = TraceCut.after(events, event("BridgeEnter", "Channel", "PJSIP/trunk-"));
        pipeline.play(talking.before());

        pipeline.dropLinkWhile(() -> { });
        pipeline.awaitSynchronized(2);

        Call call = pipeline.mirror.calls().get(0);
        assertThat(call.recovered()).isFalse();
        assertThat(call.answeredBy()).contains("PJSIP/202");
        pipeline.play(talking.rest());
        assertSameEndAsUninterrupted();
    }

    @Test
    void givenARingingQueueCall_answeredBy202WhileTheLinkIsDown_thenItsRecordIsAsWithoutTheDrop() {
        List<AmiMessage> events = replayedUninterrupted("incoming-queue-answered-202");
        TraceCut ringing = TraceCut.before(events, event("Newstate", "ChannelStateDesc", "Up"));
        TraceCut talking = TraceCut.after(ringing.rest(), event("BridgeEnter", "Channel", "PJSIP/trunk-"));
        pipeline.play(ringing.before());

        pipeline.dropLinkWhile(() -> {
            pipeline.server.emit(talking.before());
            pipeline.clockAt(talking.before().get(talking.before().size() - 1));
        });
        pipeline.awaitSynchronized(2);

        Call call = callerTalksTo("PJSIP/202");
        assertThat(call.answeredBy()).contains("PJSIP/202");
        assertThat(pipeline.mirror.queue("GeneralQueue").orElseThrow().callers()).isEmpty();
        assertThat(pipeline.events(CallAnswered.class)).singleElement().satisfies(answered -> {
            assertThat(answered.call()).isEqualTo(call.id());
            assertThat(answered.at()).isEqualTo(call.answered().orElseThrow());
            assertThat(answered.device()).isEqualTo("PJSIP/202");
            assertThat(answered.first()).isTrue();
        });
        pipeline.play(talking.rest());

        // the answer itself happened while nobody listened: the snapshot's time is the best the model knows
        CallDetailRecord expected = CallDetailRecords.of(uninterrupted.events(CallEnded.class).get(0));
        CallDetailRecord actual = CallDetailRecords.of(pipeline.events(CallEnded.class).get(0));
        assertThat(actual.answer().orElseThrow()).isBetween(expected.answer().orElseThrow(), actual.end());
        assertThat(actual.waited().plus(actual.talked())).isEqualTo(actual.duration());
        assertThat(actual).usingRecursiveComparison().ignoringFields("answer", "waited", "talked").isEqualTo(expected);
        assertThat(pipeline.events(CallEnded.class)).singleElement().extracting(CallEnded::ending)
                .isEqualTo(CallEnded.Ending.HUNG_UP);
        assertThat(pipeline.events(CallAnswered.class)).hasSize(1);
        AtRest.assertQuietAndClean(pipeline);
    }

    @Test
    void givenABlindTransferWhileTheLinkIsDown_whenItComesBack_thenTheCallerIsWith204AndTheRecordIsUnchanged() {
        List<AmiMessage> events = replayedUninterrupted("transfer-blind-202-to-204");
        TraceCut with202 = TraceCut.after(events, event("BridgeEnter", "Channel", "PJSIP/trunk-"));
        TraceCut with204 = TraceCut.after(with202.rest(), event("BridgeEnter", "Channel", "PJSIP/trunk-"));
        pipeline.play(with202.before());

        pipeline.dropLinkWhile(() -> pipeline.server.emit(with204.before()));
        pipeline.awaitSynchronized(2);

        callerTalksTo("PJSIP/204");
        assertThat(pipeline.mirror.phone("PJSIP/202").orElseThrow().status()).isEqualTo(PhoneStatus.IDLE);
        pipeline.play(with204.rest());
        assertSameEndAsUninterrupted();
    }

    @Test
    void givenAParkedCall_whenTheLinkDropsAndComesBack_thenItIsStillParkedAndPickedUpAsWithoutTheDrop() {
        List<AmiMessage> events = replayedUninterrupted("park-ami-and-pickup");
        TraceCut parked = TraceCut.after(events, event("ParkedCall"));
        pipeline.play(parked.before());

        pipeline.dropLinkWhile(() -> { });
        pipeline.awaitSynchronized(2);

        assertThat(pipeline.mirror.parked()).extracting(ParkedCall::lot, ParkedCall::space, ParkedCall::parker)
                .containsExactly(tuple("default", "701", "PJSIP/202"));
        pipeline.play(parked.rest());
        assertSameEndAsUninterrupted();
    }

    /** The only live call: the external caller and {@code device}, both connected, the phone busy external. */
    private Call callerTalksTo(String device) {
        assertThat(pipeline.mirror.calls()).hasSize(1);
        Call call = pipeline.mirror.calls().get(0);
        assertThat(call.activeParties()).extracting(Party::device, Party::state).containsExactly(
                tuple("PJSIP/trunk", PartyState.ESTABLISHED), tuple(device, PartyState.ESTABLISHED));
        assertThat(pipeline.mirror.phone(device).orElseThrow().status()).isEqualTo(PhoneStatus.BUSY_EXTERNAL);
        return call;
    }

    private List<AmiMessage> replayedUninterrupted(String trace) {
        List<AmiMessage> events = AmiTrace.recorded(trace).events();
        uninterrupted.play(events);
        return events;
    }

    private void assertSameEndAsUninterrupted() {
        assertThat(pipeline.events(CallEnded.class)).extracting(CallEnded::ending)
                .doesNotContain(CallEnded.Ending.VANISHED);
        assertThat(pipeline.events(CallEnded.class)).extracting(CallEnded::call, CallDetailRecords::of)
                .containsExactlyElementsOf(uninterrupted.events(CallEnded.class).stream()
                        .map(ended -> tuple(ended.call(), CallDetailRecords.of(ended))).toList());
        assertThat(pipeline.events(CallRecovered.class)).isEmpty();
        assertThat(pipeline.connection.stats().disconnects()).isEqualTo(1);
        AtRest.assertQuiet(pipeline.mirror);
        assertThat(pipeline.anomalies()).isEmpty();
    }
}
