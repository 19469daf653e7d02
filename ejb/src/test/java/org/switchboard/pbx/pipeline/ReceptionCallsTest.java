package org.switchboard.pbx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.switchboard.pbx.pipeline.TraceCut.event;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.call.model.Call;
import org.switchboard.call.model.CallAnswered;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallOffered;
import org.switchboard.call.model.Party;
import org.switchboard.call.model.PartyState;
import org.switchboard.cdr.model.CallDetailRecord;
import org.switchboard.cdr.model.CallDetailRecords;
import org.switchboard.call.model.Direction;
import org.switchboard.cdr.model.Disposition;
import org.switchboard.pbx.model.CallerId;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.phone.model.PhoneRegistrationChanged;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.queue.model.QueueChanged;

/** External calls to the reception number 9000, replayed end to end from the recorded sessions. */
class ReceptionCallsTest {

    static final String QUEUE = "GeneralQueue";
    static final CallerId EXTERNAL = new CallerId("+3225550101", "External Caller");

    private final Pipeline pipeline = Pipeline.connected();

    @AfterEach
    void close() {
        pipeline.close();
    }

    @Test
    void answeredBy202_whileRinging_theCallerWaitsInTheQueueAndBothDesksRing() {
        List<AmiMessage> events = AmiTrace.recorded("incoming-queue-answered-202").events();
        TraceCut ringing = TraceCut.before(events, event("Newstate", "ChannelStateDesc", "Up"));

        pipeline.play(ringing.before());

        assertThat(pipeline.mirror.queue(QUEUE).orElseThrow().callers()).singleElement().satisfies(waiting -> {
            assertThat(waiting.caller()).isEqualTo(EXTERNAL);
            assertThat(waiting.position()).isEqualTo(1);
        });
        assertThat(pipeline.mirror.phone("PJSIP/201").orElseThrow().status()).isEqualTo(PhoneStatus.RINGING_EXTERNAL);
        assertThat(pipeline.mirror.phone("PJSIP/202").orElseThrow().status()).isEqualTo(PhoneStatus.RINGING_EXTERNAL);
        Call call = pipeline.mirror.calls().get(0);
        assertThat(call.activeParties()).extracting(Party::device, Party::state).containsExactly(
                tuple("PJSIP/trunk", PartyState.QUEUED), tuple("PJSIP/201", PartyState.ALERTING),
                tuple("PJSIP/202", PartyState.ALERTING));

        pipeline.play(ringing.rest());

        AtRest.assertQuietAndClean(pipeline);
    }

    @Test
    void answeredBy202_endsWithOneAnsweredInboundRecordOfTheQueue() {
        pipeline.play(AmiTrace.recorded("incoming-queue-answered-202").events());

        assertThat(pipeline.events(CallOffered.class)).extracting(CallOffered::target)
                .extracting(target -> target instanceof CallOffered.ToDevice device ? device.device()
                        : ((CallOffered.ToQueue) target).name())
                .containsExactly(QUEUE, "PJSIP/201", "PJSIP/202");
        assertThat(pipeline.events(CallAnswered.class)).singleElement().satisfies(answered -> {
            assertThat(answered.device()).isEqualTo("PJSIP/202");
            assertThat(answered.first()).isTrue();
        });
        CallEnded ended = onlyEnd();
        CallDetailRecord cdr = CallDetailRecords.of(ended);
        assertThat(ended.ending()).isEqualTo(CallEnded.Ending.HUNG_UP);
        assertThat(cdr.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(cdr.direction()).isEqualTo(Direction.INBOUND);
        assertThat(cdr.queue()).contains(QUEUE);
        assertThat(cdr.answeredBy()).contains("PJSIP/202");
        assertThat(cdr.callerNumber()).isEqualTo("+3225550101");
        assertThat(cdr.callerName()).isEqualTo("External Caller");
        assertThat(cdr.calledNumber()).isEqualTo("9000");
        assertThat(cdr.channel()).isEqualTo("PJSIP/trunk-00000000");
        assertThat(cdr.destinationChannel()).isEqualTo("PJSIP/202-00000003");
        assertThat(cdr.waited()).isPositive();
        assertThat(cdr.talked()).isPositive();
        assertThat(cdr.waited().plus(cdr.talked())).isEqualTo(cdr.duration());
        AtRest.assertQuietAndClean(pipeline);
    }

    @Test
    void abandoned_endsAbandonedWithoutAnAnswer() {
        pipeline.play(AmiTrace.recorded("incoming-queue-abandoned").events());

        CallDetailRecord cdr = CallDetailRecords.of(onlyEnd());
        assertThat(cdr.disposition()).isEqualTo(Disposition.ABANDONED);
        assertThat(cdr.direction()).isEqualTo(Direction.INBOUND);
        assertThat(cdr.queue()).contains(QUEUE);
        assertThat(cdr.answer()).isEmpty();
        assertThat(cdr.answeredBy()).isEmpty();
        assertThat(cdr.talked()).isZero();
        assertThat(cdr.waited()).isEqualTo(cdr.duration()).isPositive();
        assertThat(pipeline.events(CallAnswered.class)).isEmpty();
        assertThat(pipeline.events(QueueChanged.class)).filteredOn(change -> change.callId().isPresent())
                .extracting(QueueChanged::change)
                .containsExactly(QueueChanged.Change.CALLER_JOINED, QueueChanged.Change.CALLER_ABANDONED);
        AtRest.assertQuietAndClean(pipeline);
    }

    @Test
    void consoleUnavailable_theFirstCallIsRefusedWithCongestion_andTheNextOneWaitsThenGivesUp() {
        pipeline.play(AmiTrace.recorded("console-unavailable-congestion").events());

        List<CallEnded> ends = pipeline.events(CallEnded.class);
        assertThat(ends).extracting(end -> CallDetailRecords.of(end).disposition(), end -> CallDetailRecords.of(end).queue(),
                end -> CallDetailRecords.of(end).lastApplication()).containsExactly(
                        tuple(Disposition.CONGESTION, Optional.empty(), "Congestion"),
                        tuple(Disposition.ABANDONED, Optional.of(QUEUE), "Queue"));
        assertThat(ends).extracting(end -> CallDetailRecords.of(end).callerNumber()).containsOnly("+3225550101");
        assertThat(pipeline.events(CallOffered.class)).extracting(CallOffered::call)
                .containsOnly(ends.get(1).call());
        // The recording's only contact changes are the console server's own peer, npa10001, going Unreachable
        // and back: the production trunk rule says it is no phone, so no phone's registration changes.
        assertThat(pipeline.events(PhoneRegistrationChanged.class)).isEmpty();
        assertThat(pipeline.mirror.phone("PJSIP/npa10001")).isEmpty();
        AtRest.assertQuietAndClean(pipeline);
    }

    private CallEnded onlyEnd() {
        List<CallEnded> ends = pipeline.events(CallEnded.class);
        assertThat(ends).hasSize(1);
        return ends.get(0);
    }
}
