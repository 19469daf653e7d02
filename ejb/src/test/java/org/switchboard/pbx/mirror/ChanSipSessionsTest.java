package org.switchboard.pbx.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;

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
import org.switchboard.pbx.model.QueueEvent.QueueCallerJoined;
import org.switchboard.pbx.model.ChannelEvent.ChannelStateChanged;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.ChannelState;
import org.switchboard.pbx.model.PbxEvents;
import org.switchboard.phone.model.Phone;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.queue.model.WaitingCaller;

/**
 * The chan_sip sessions of Asterisk 20, whose inbound channels are created Down and then move to Ring: the
 * caller calls in on Ring, waits in the queue, is offered to both desks and its record is inbound.
 */
class ChanSipSessionsTest {

    @Test
    void receptionCall_theTrunkCallerCallsInOnRing_waitsInTheQueueWhileBothDesksRing() {
        RecordedReplay replay = new RecordedReplay("chan_sip/incoming-queue-answered-202")
                .through(event -> event instanceof ChannelStateChanged changed
                        && changed.channel().name().startsWith("SIP/202") && changed.state() == ChannelState.RINGING);

        Call call = replay.mirror.calls().get(0);
        assertThat(call.direction()).isEqualTo(Direction.INBOUND);
        assertThat(call.activeParties()).extracting(Party::device, Party::state).containsExactly(
                tuple("SIP/trunk", PartyState.QUEUED), tuple("SIP/201", PartyState.ALERTING),
                tuple("SIP/202", PartyState.ALERTING));
        assertThat(replay.mirror.queue("GeneralQueue").orElseThrow().callers()).extracting(WaitingCaller::call)
                .containsExactly(call.id());
        assertThat(replay.mirror.phones()).filteredOn(phone -> phone.device().matches("SIP/20[12]"))
                .extracting(Phone::status).containsOnly(PhoneStatus.RINGING_EXTERNAL);
        assertThat(replay.events(CallOffered.class)).extracting(CallOffered::target).containsExactly(
                new CallOffered.ToQueue("GeneralQueue"),
                new CallOffered.ToDevice("SIP/201", call.parties().get(1).channel()),
                new CallOffered.ToDevice("SIP/202", call.parties().get(2).channel()));
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void receptionCall_answeredBy202_isRecordedInboundAndAnswered() {
        RecordedReplay replay = new RecordedReplay("chan_sip/incoming-queue-answered-202").all();

        assertThat(replay.events(CallAnswered.class)).extracting(CallAnswered::device, CallAnswered::first)
                .containsExactly(tuple("SIP/202", true));
        CallDetailRecord cdr = onlyRecord(replay);
        assertThat(cdr.direction()).isEqualTo(Direction.INBOUND);
        assertThat(cdr.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(cdr.callerNumber()).isEqualTo("+3225550101");
        assertThat(cdr.calledNumber()).isEqualTo("9000");
        assertThat(cdr.queue()).contains("GeneralQueue");
        assertThat(cdr.answeredBy()).contains("SIP/202");
        assertThat(cdr.waited()).isBetween(Duration.ofSeconds(2), Duration.ofMillis(2100));
        assertThat(cdr.talked()).isBetween(Duration.ofSeconds(5), Duration.ofMillis(5100));
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void receptionCall_abandonedInTheQueue_isRecordedInboundAndAbandoned() {
        RecordedReplay replay = new RecordedReplay("chan_sip/incoming-queue-abandoned");
        replay.through(QueueCallerJoined.class::isInstance);
        assertThat(replay.mirror.queue("GeneralQueue").orElseThrow().callers()).hasSize(1);
        replay.all();

        CallDetailRecord cdr = onlyRecord(replay);
        assertThat(cdr.direction()).isEqualTo(Direction.INBOUND);
        assertThat(cdr.disposition()).isEqualTo(Disposition.ABANDONED);
        assertThat(cdr.queue()).contains("GeneralQueue");
        assertThat(replay.mirror.queue("GeneralQueue").orElseThrow().callers()).isEmpty();
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void internal203To204_theCallerCallsInOnRing_andTheCallIsInternal() {
        RecordedReplay replay = new RecordedReplay("chan_sip/internal-203-to-204").all();

        CallDetailRecord cdr = onlyRecord(replay);
        assertThat(cdr.direction()).isEqualTo(Direction.INTERNAL);
        assertThat(cdr.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(cdr.callerNumber()).isEqualTo("203");
        assertThat(cdr.calledNumber()).isEqualTo("204");
        assertThat(cdr.answeredBy()).contains("SIP/204");
        assertThat(replay.anomalies()).isEmpty();
    }

    /**
     * No chan_sip session records a refusal: the events are console-unavailable-congestion's first call
     * (Busy state, Congestion, cause 34), with the trunk channel created Down and moved to Ring as chan_sip does.
     */
    @Test
    void aCallRefusedWithCongestion_isRecordedInboundAndCongestion() {
        Replay replay = new Replay();
        PbxEvents pbx = replay.pbx;
        ChannelRef trunk = PbxEvents.channel("SIP/trunk-00000030", "1795300990.30");
        replay.apply(pbx.outbound(trunk, PbxEvents.caller("+3225550101", "External Caller")),
                pbx.state(trunk, ChannelState.RING),
                pbx.exten(trunk, "reception", "s", "Congestion", ""),
                pbx.state(trunk, ChannelState.BUSY),
                pbx.hangup(trunk, 34));

        assertThat(replay.events(CallEnded.class)).singleElement().satisfies(ended -> {
            assertThat(CallDetailRecords.of(ended).direction()).isEqualTo(Direction.INBOUND);
            assertThat(CallDetailRecords.of(ended).disposition()).isEqualTo(Disposition.CONGESTION);
        });
        assertThat(replay.anomalies()).isEmpty();
    }

    private static CallDetailRecord onlyRecord(RecordedReplay replay) {
        assertThat(replay.events(CallEnded.class)).hasSize(1);
        return CallDetailRecords.of(replay.events(CallEnded.class).get(0));
    }
}
