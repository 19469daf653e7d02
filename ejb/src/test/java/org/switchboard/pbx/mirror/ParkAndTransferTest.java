package org.switchboard.pbx.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.pbx.model.PbxEvents.caller;
import static org.switchboard.pbx.model.PbxEvents.channel;
import static org.switchboard.pbx.model.PbxEvents.leg;
import static org.switchboard.pbx.model.PbxEvents.movedTo;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.call.model.CallAnswered;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallParked;
import org.switchboard.call.model.CallTransferred;
import org.switchboard.call.model.CallUnparked;
import org.switchboard.call.model.ParkedCall;
import org.switchboard.call.model.Party;
import org.switchboard.call.model.PartyState;
import org.switchboard.cdr.model.Disposition;
import org.switchboard.cdr.model.CallDetailRecords;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.ChannelState;
import org.switchboard.pbx.model.ParkingEvent;
import org.switchboard.pbx.model.PbxEvents;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.phone.model.PhoneStatusChanged;

/** park-ami-and-pickup and transfer-blind-202-to-204: a reception call answered by 202, then parked or sent on. */
class ParkAndTransferTest {

    private final Replay replay = new Replay();
    private final PbxEvents pbx = replay.pbx;
    private final Reception call = new Reception(replay, "1795300766");

    private void parkedBy202() {
        call.ringsBothDesks().desk2Answers(Duration.ofSeconds(3));
        replay.apply(
                pbx.leave(call.trunk, "bridge-1", 1),
                pbx.enter(call.trunk, "parking", 1),
                pbx.park(call.trunk, "PJSIP/202", "701", Duration.ofSeconds(120)),
                pbx.leave(call.desk2, "bridge-1", 0),
                pbx.hangup(call.desk2),
                pbx.park(call.trunk, "PJSIP/202", "701", Duration.ofSeconds(117)));
    }

    @Test
    void parkedBy202_waitsInSpace701_once() {
        parkedBy202();

        assertThat(replay.events(CallParked.class)).singleElement().satisfies(parked -> {
            assertThat(parked.call()).isEqualTo(call.trunk.callId());
            assertThat(parked.space()).isEqualTo("701");
            assertThat(parked.lot()).isEqualTo("default");
            assertThat(parked.parker()).isEqualTo("PJSIP/202");
            assertThat(parked.timeout()).isEqualTo(Duration.ofSeconds(120));
        });
        assertThat(replay.mirror.parked()).extracting(ParkedCall::parkee, ParkedCall::space)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(call.trunk.id(), "701"));
        assertThat(replay.mirror.call(call.trunk.callId()).orElseThrow().activeParties())
                .extracting(Party::device, Party::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PJSIP/trunk", PartyState.PARKED));
        assertThat(replay.mirror.phone("PJSIP/202").orElseThrow().status()).isEqualTo(PhoneStatus.IDLE);
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void pickedUpBy203DiallingTheSpace_thePickupCallMergesIntoTheParkedOne() {
        parkedBy202();
        ChannelRef picker = channel("PJSIP/203-00000012", "1795300773.20");
        ChannelRef joined = movedTo(picker, call.trunk);
        replay.apply(
                pbx.inbound(picker, caller("203", "Alice Martin"), "internal", "701"),
                pbx.exten(picker, "internal", "701", "ParkedCall", "default,701"),
                pbx.state(picker, ChannelState.UP));
        assertThat(replay.mirror.phone("PJSIP/203").orElseThrow().status()).isEqualTo(PhoneStatus.BUSY_INTERNAL);

        replay.apply(
                pbx.unpark(call.trunk, picker, "701"),
                pbx.leave(call.trunk, "parking", 0),
                pbx.enter(call.trunk, "bridge-3", 1),
                pbx.enter(joined, "bridge-3", 2));

        assertThat(replay.events(CallUnparked.class)).singleElement().satisfies(unparked -> {
            assertThat(unparked.how()).isEqualTo(CallUnparked.How.PICKED_UP);
            assertThat(unparked.retriever()).contains("PJSIP/203");
        });
        assertThat(replay.mirror.parked()).isEmpty();
        assertThat(replay.events(CallEnded.class)).singleElement().satisfies(merged -> {
            assertThat(merged.call()).isEqualTo(picker.callId());
            assertThat(merged.ending()).isEqualTo(CallEnded.Ending.MERGED);
            assertThat(merged.continuedIn()).contains(call.trunk.callId());
        });
        assertThat(replay.mirror.calls()).singleElement().satisfies(live -> assertThat(live.activeParties())
                .extracting(Party::device, Party::state, Party::bridgedPeer).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PJSIP/trunk", PartyState.ESTABLISHED,
                                Optional.of(picker.id())),
                        org.assertj.core.groups.Tuple.tuple("PJSIP/203", PartyState.ESTABLISHED,
                                Optional.of(call.trunk.id()))));
        assertThat(replay.mirror.phone("PJSIP/203").orElseThrow().status()).isEqualTo(PhoneStatus.BUSY_EXTERNAL);

        replay.apply(
                pbx.leave(joined, "bridge-3", 1),
                pbx.leave(call.trunk, "bridge-3", 0),
                pbx.hangup(joined),
                pbx.hangup(call.trunk));

        assertThat(replay.events(CallEnded.class)).hasSize(2).last().satisfies(ended -> {
            assertThat(ended.ending()).isEqualTo(CallEnded.Ending.HUNG_UP);
            assertThat(CallDetailRecords.of(ended).disposition()).isEqualTo(Disposition.ANSWERED);
            assertThat(CallDetailRecords.of(ended).answeredBy()).contains("PJSIP/202");
        });
        assertThat(replay.events(PhoneStatusChanged.class)).filteredOn(e -> e.device().equals("PJSIP/203"))
                .extracting(PhoneStatusChanged::now)
                .containsExactly(PhoneStatus.BUSY_INTERNAL, PhoneStatus.BUSY_EXTERNAL, PhoneStatus.IDLE);
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void nobodyPicksUp_theParkedCallTimesOutBackToTheDialplan() {
        parkedBy202();
        pbx.later(Duration.ofSeconds(120));

        replay.apply(pbx.parkingEnded(call.trunk, "701", ParkingEvent.Ending.TIMED_OUT));

        assertThat(replay.events(CallUnparked.class)).singleElement()
                .satisfies(unparked -> assertThat(unparked.how()).isEqualTo(CallUnparked.How.TIMED_OUT));
        assertThat(replay.mirror.parked()).isEmpty();
        assertThat(replay.mirror.call(call.trunk.callId()).orElseThrow().activeParties()).extracting(Party::state)
                .containsExactly(PartyState.INITIATED);
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void blindTransferBy202To204_isReported_andTheRecordKeepsTheFirstAnswer() {
        call.ringsBothDesks().desk2Answers(Duration.ofSeconds(3));
        ChannelRef bob = leg("PJSIP/204-0000001c", "1795300796.30", call.trunk);
        replay.apply(
                pbx.unhold(call.desk2),
                pbx.blindTransfer(call.desk2, call.trunk, "204"),
                pbx.agentComplete(Reception.QUEUE, call.trunk, "PJSIP/202"),
                pbx.leave(call.desk2, "bridge-1", 1),
                pbx.exten(call.trunk, "internal", "204", "Queue", "GeneralQueue,rt,,,600"),
                pbx.leave(call.trunk, "bridge-1", 0),
                pbx.exten(call.trunk, "internal", "204", "Dial", "PJSIP/204,30,tT"),
                pbx.outbound(bob, caller("204", "")),
                pbx.exten(bob, "internal", "204", "AppDial", "(Outgoing Line)"),
                pbx.hangup(call.desk2),
                pbx.dial(call.trunk, bob),
                pbx.state(bob, ChannelState.RINGING));

        assertThat(replay.events(CallTransferred.class)).singleElement().satisfies(transfer -> {
            assertThat(transfer.kind()).isEqualTo(CallTransferred.Kind.BLIND);
            assertThat(transfer.transferer()).isEqualTo("PJSIP/202");
            assertThat(transfer.transferee()).contains(call.trunk.id());
            assertThat(transfer.target()).isEqualTo("204@internal");
        });
        assertThat(replay.mirror.phone("PJSIP/204").orElseThrow().status()).isEqualTo(PhoneStatus.RINGING_EXTERNAL);

        replay.apply(
                pbx.state(bob, ChannelState.UP),
                pbx.dialEnd(call.trunk, bob, "ANSWER"),
                pbx.enter(bob, "bridge-4", 1),
                pbx.enter(call.trunk, "bridge-4", 2),
                pbx.leave(bob, "bridge-4", 1),
                pbx.leave(call.trunk, "bridge-4", 0),
                pbx.hangup(bob),
                pbx.hangup(call.trunk));

        assertThat(replay.events(CallAnswered.class)).extracting(CallAnswered::device, CallAnswered::first)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PJSIP/202", true),
                        org.assertj.core.groups.Tuple.tuple("PJSIP/204", false));
        assertThat(replay.events(CallEnded.class)).singleElement().satisfies(ended -> {
            assertThat(CallDetailRecords.of(ended).answeredBy()).contains("PJSIP/202");
            assertThat(CallDetailRecords.of(ended).lastApplication()).isEqualTo("Dial");
            assertThat(CallDetailRecords.of(ended).disposition()).isEqualTo(Disposition.ANSWERED);
        });
        assertThat(replay.anomalies()).isEmpty();
    }
}
