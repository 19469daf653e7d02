package org.switchboard.pbx.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

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
import org.switchboard.pbx.model.ChannelEvent.DialEnded;
import org.switchboard.pbx.model.ChannelState;
import org.switchboard.pbx.model.PbxEvents;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.phone.model.PhoneStatusChanged;
import org.switchboard.queue.model.QueueChanged;

/** The reception number's queue call, as in incoming-queue-answered-202, -abandoned and congestion. */
class IncomingQueueCallTest {

    private final Replay replay = new Replay();
    private final PbxEvents pbx = replay.pbx;
    private final Reception call = new Reception(replay, "1795300710");

    @Test
    void whileRinging_theCallIsOfferedToTheQueueAndBothDesks_andTheProbeIsNoParty() {
        call.ringsBothDesks();

        assertThat(replay.events(CallOffered.class)).extracting(CallOffered::target).containsExactly(
                new CallOffered.ToQueue("GeneralQueue"),
                new CallOffered.ToDevice("PJSIP/201", call.desk1.id()),
                new CallOffered.ToDevice("PJSIP/202", call.desk2.id()));
        Call live = replay.mirror.call(call.trunk.callId()).orElseThrow();
        assertThat(live.parties()).extracting(Party::device, Party::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PJSIP/trunk", PartyState.QUEUED),
                org.assertj.core.groups.Tuple.tuple("PJSIP/201", PartyState.ALERTING),
                org.assertj.core.groups.Tuple.tuple("PJSIP/202", PartyState.ALERTING));
        assertThat(live.direction()).isEqualTo(Direction.INBOUND);
        assertThat(live.calledNumber()).isEqualTo("9000");
        assertThat(live.caller()).isEqualTo(Reception.EXTERNAL);
        assertThat(replay.mirror.queue("GeneralQueue").orElseThrow().callers())
                .singleElement().satisfies(waiting -> {
                    assertThat(waiting.channel()).isEqualTo(call.trunk.id());
                    assertThat(waiting.caller()).isEqualTo(Reception.EXTERNAL);
                    assertThat(waiting.position()).isEqualTo(1);
                });
        assertThat(replay.mirror.phone("PJSIP/201").orElseThrow().status()).isEqualTo(PhoneStatus.RINGING_EXTERNAL);
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void answeredBy202_endsWithOneAnsweredRecord() {
        call.ringsBothDesks();
        DialEnded answer = call.desk2Answers(Duration.ofSeconds(5));
        call.callerHangsUp(Duration.ofSeconds(30));

        assertThat(replay.events(CallAnswered.class)).singleElement().satisfies(answered -> {
            assertThat(answered.device()).isEqualTo("PJSIP/202");
            assertThat(answered.first()).isTrue();
        });
        CallDetailRecord cdr = CallDetailRecords.of(replay.events(CallEnded.class).get(0));
        assertThat(replay.events(CallEnded.class)).hasSize(1);
        assertThat(cdr.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(cdr.direction()).isEqualTo(Direction.INBOUND);
        assertThat(cdr.queue()).contains("GeneralQueue");
        assertThat(cdr.answeredBy()).contains("PJSIP/202");
        assertThat(cdr.answer()).contains(answer.stamp().pbxTime());
        assertThat(cdr.waited()).isEqualTo(Duration.between(cdr.start(), answer.stamp().pbxTime()));
        assertThat(cdr.waited()).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(8));
        assertThat(cdr.talked()).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(32));
        assertThat(cdr.callerNumber()).isEqualTo("+3225550101");
        assertThat(cdr.callerName()).isEqualTo("External Caller");
        assertThat(cdr.calledNumber()).isEqualTo("9000");
        assertThat(cdr.channel()).isEqualTo("PJSIP/trunk-00000000");
        assertThat(cdr.destinationChannel()).isEqualTo("PJSIP/202-00000003");
        assertThat(cdr.context()).isEqualTo("from-trunk");
        assertThat(cdr.lastApplication()).isEqualTo("Queue");
        assertThat(cdr.lastData()).isEqualTo("GeneralQueue,rt,,,600");
        assertThat(replay.mirror.calls()).isEmpty();
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void answeredBy202_theDesksGoBusyExternalThenIdle() {
        call.ringsBothDesks();
        call.desk2Answers(Duration.ofSeconds(5));

        assertThat(replay.mirror.phone("PJSIP/202").orElseThrow().status()).isEqualTo(PhoneStatus.BUSY_EXTERNAL);
        assertThat(replay.mirror.phone("PJSIP/201").orElseThrow().status()).isEqualTo(PhoneStatus.IDLE);
        Call live = replay.mirror.call(call.trunk.callId()).orElseThrow();
        assertThat(live.answeredBy()).contains("PJSIP/202");
        assertThat(live.connected()).isEqualTo(new CallerId("202", "Reception Desk 2"));
        assertThat(live.activeParties()).extracting(Party::device, Party::state, Party::bridgedPeer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PJSIP/trunk", PartyState.ESTABLISHED,
                        Optional.of(call.desk2.id())),
                org.assertj.core.groups.Tuple.tuple("PJSIP/202", PartyState.ESTABLISHED,
                        Optional.of(call.trunk.id())));

        call.callerHangsUp(Duration.ofSeconds(30));

        assertThat(replay.events(PhoneStatusChanged.class)).filteredOn(e -> e.device().equals("PJSIP/202"))
                .extracting(PhoneStatusChanged::now)
                .containsExactly(PhoneStatus.RINGING_EXTERNAL, PhoneStatus.BUSY_EXTERNAL, PhoneStatus.IDLE);
    }

    @Test
    void callerHangsUpWhileQueued_endsAbandoned() {
        call.ringsBothDesks();
        pbx.later(Duration.ofSeconds(7));
        replay.apply(
                pbx.dialEnd(call.trunk, call.desk1, "CANCEL"),
                pbx.dialEnd(call.trunk, call.desk2, "CANCEL"),
                pbx.dialEnd(call.trunk, call.desk1, "CANCEL"),
                pbx.dialEnd(call.trunk, call.desk2, "CANCEL"),
                pbx.queueAbandon(Reception.QUEUE, call.trunk, Duration.ofSeconds(7)),
                pbx.hangup(call.desk1, 0),
                pbx.queueLeave(Reception.QUEUE, call.trunk),
                pbx.hangup(call.desk2, 0),
                pbx.hangup(call.trunk, 127));

        CallDetailRecord cdr = CallDetailRecords.of(replay.events(CallEnded.class).get(0));
        assertThat(replay.events(CallEnded.class)).hasSize(1);
        assertThat(cdr.disposition()).isEqualTo(Disposition.ABANDONED);
        assertThat(cdr.answer()).isEmpty();
        assertThat(cdr.answeredBy()).isEmpty();
        assertThat(cdr.talked()).isZero();
        assertThat(cdr.waited()).isEqualTo(cdr.duration());
        assertThat(replay.events(QueueChanged.class)).extracting(QueueChanged::change).containsExactly(
                QueueChanged.Change.CALLER_JOINED, QueueChanged.Change.CALLER_ABANDONED);
        assertThat(replay.mirror.queue("GeneralQueue").orElseThrow().callers()).isEmpty();
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void consoleServerUnavailable_theDialplanRefusesWithCongestion() {
        var trunk = PbxEvents.channel("PJSIP/trunk-00000027", "1795300844.43");
        replay.apply(
                pbx.inbound(trunk, Reception.EXTERNAL, "from-trunk", "9000"),
                pbx.exten(trunk, "reception", "s", "ChanIsAvail", "PJSIP/npa10001,s"),
                pbx.exten(trunk, "reception", "s", "Congestion", ""),
                pbx.state(trunk, ChannelState.BUSY));

        assertThat(replay.mirror.call(trunk.callId()).orElseThrow().parties())
                .extracting(Party::state).containsExactly(PartyState.FAILED);

        replay.apply(pbx.hangup(trunk, 34));

        CallDetailRecord cdr = CallDetailRecords.of(replay.events(CallEnded.class).get(0));
        assertThat(cdr.disposition()).isEqualTo(Disposition.CONGESTION);
        assertThat(cdr.lastApplication()).isEqualTo("Congestion");
        assertThat(replay.events(CallOffered.class)).isEmpty();
        assertThat(replay.anomalies()).isEmpty();
        assertThat(List.of(replay.mirror.calls())).containsExactly(List.of());
    }
}
