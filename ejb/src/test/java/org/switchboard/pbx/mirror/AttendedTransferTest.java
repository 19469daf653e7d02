package org.switchboard.pbx.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.switchboard.pbx.model.PbxEvents.caller;
import static org.switchboard.pbx.model.PbxEvents.channel;
import static org.switchboard.pbx.model.PbxEvents.leg;
import static org.switchboard.pbx.model.PbxEvents.movedTo;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.call.model.CallAnswered;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallTransferred;
import org.switchboard.call.model.Party;
import org.switchboard.call.model.PartyJoined;
import org.switchboard.call.model.PartyState;
import org.switchboard.cdr.model.CallDetailRecord;
import org.switchboard.cdr.model.CallDetailRecords;
import org.switchboard.call.model.Direction;
import org.switchboard.cdr.model.Disposition;
import org.switchboard.pbx.model.ChannelEvent.ChannelHungUp;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.ChannelState;
import org.switchboard.pbx.model.DeviceState;
import org.switchboard.pbx.model.PbxEvents;
import org.switchboard.phone.model.PhoneStatus;

/**
 * Desk 202 answers a reception call, puts it on hold, calls 204 and, once 204 answers, completes the
 * transfer from its phone (a SIP REFER with Replaces). No trace was recorded; the events follow what
 * Asterisk 20 does for two two-party basic bridges:
 * <ul>
 * <li>the phone's Unhold on the held channel comes first (the bridge takes the caller off hold);</li>
 * <li>the target's channel leaves the consultation bridge and enters the caller's bridge in place of the
 * first transferer's channel, which leaves it (a swap: no Local channels are involved);</li>
 * <li>on entering the caller's bridge the target takes the oldest linked id of that bridge, the
 * caller's, so its events from then on name the caller's call: the model moves it there;</li>
 * <li>AttendedTransfer is published with the channels as they were before the move (the target still
 * under the consultation call's linked id);</li>
 * <li>both transferer channels are kicked and hang up under their own linked ids.</li>
 * </ul>
 * So 204 joins the caller's call (PartyJoined), and the consultation call (202 to 204) ends when 202's second
 * channel hangs up, as MERGED into the caller's call (204 went on there), with a record of an answered
 * internal call. The caller's call keeps its identity and its first answer (202) and ends when the caller
 * and 204 hang up.
 */
class AttendedTransferTest {

    private static final String CALLER_BRIDGE = "bridge-1";
    private static final String CONSULT_BRIDGE = "bridge-2";

    private final Replay replay = new Replay();
    private final PbxEvents pbx = replay.pbx;
    private final Reception call = new Reception(replay, "1795300800");
    private final ChannelRef consult = channel("PJSIP/202-00000006", "1795300806.42");
    private final ChannelRef bob = leg("PJSIP/204-00000007", "1795300806.43", consult);
    private final ChannelRef bobWithCaller = movedTo(bob, call.trunk);

    /** 202 holds the caller and calls 204, who answers: two bridges, two calls. */
    private void deskConsults204() {
        call.ringsBothDesks().desk2Answers(Duration.ofSeconds(3));
        pbx.later(Duration.ofSeconds(10));
        replay.apply(
                pbx.hold(call.desk2),
                pbx.device("PJSIP/202", DeviceState.ONHOLD),
                pbx.inbound(consult, caller("202", "Reception Desk 2"), "internal", "204"),
                pbx.device("PJSIP/202", DeviceState.INUSE),
                pbx.exten(consult, "internal", "204", "Dial", "PJSIP/204,30,tT"),
                pbx.outbound(bob, caller("204", "Bob Janssens")),
                pbx.dial(consult, bob),
                pbx.state(bob, ChannelState.RINGING),
                pbx.device("PJSIP/204", DeviceState.RINGING));
        pbx.later(Duration.ofSeconds(2));
        replay.apply(
                pbx.state(bob, ChannelState.UP),
                pbx.dialEnd(consult, bob, "ANSWER"),
                pbx.state(consult, ChannelState.UP),
                pbx.device("PJSIP/204", DeviceState.INUSE),
                pbx.enter(bob, CONSULT_BRIDGE, 1),
                pbx.enter(consult, CONSULT_BRIDGE, 2));
    }

    /** 202 completes the transfer; returns the hang-up of its consultation channel. */
    private ChannelHungUp deskCompletesTheTransfer() {
        pbx.later(Duration.ofSeconds(5));
        ChannelHungUp consultGone = pbx.hangup(consult);
        replay.apply(
                pbx.unhold(call.desk2),
                pbx.leave(bob, CONSULT_BRIDGE, 1),
                pbx.enter(bobWithCaller, CALLER_BRIDGE, 2),
                pbx.leave(call.desk2, CALLER_BRIDGE, 2),
                pbx.attendedTransfer(call.desk2, consult, call.trunk, bob),
                pbx.connected(call.trunk, caller("204", "Bob Janssens")),
                pbx.leave(consult, CONSULT_BRIDGE, 0),
                pbx.hangup(call.desk2),
                consultGone,
                pbx.device("PJSIP/202", DeviceState.NOT_INUSE));
        return consultGone;
    }

    @Test
    void theCallerEndsUpWith204_andTheTransferIsReportedOnceWithTransfererAndTarget() {
        deskConsults204();
        assertThat(replay.mirror.calls()).hasSize(2);

        deskCompletesTheTransfer();

        assertThat(replay.mirror.calls()).singleElement().satisfies(live -> {
            assertThat(live.id()).isEqualTo(call.trunk.callId());
            assertThat(live.activeParties()).extracting(Party::device, Party::state, Party::bridgedPeer)
                    .containsExactly(
                            tuple("PJSIP/trunk", PartyState.ESTABLISHED, Optional.of(bob.id())),
                            tuple("PJSIP/204", PartyState.ESTABLISHED, Optional.of(call.trunk.id())));
        });
        assertThat(replay.events(PartyJoined.class)).extracting(PartyJoined::call, PartyJoined::device,
                PartyJoined::channel, PartyJoined::from)
                .containsExactly(tuple(call.trunk.callId(), "PJSIP/204", bob.id(), consult.callId()));
        assertThat(replay.events(CallTransferred.class)).singleElement().satisfies(transfer -> {
            assertThat(transfer.call()).isEqualTo(call.trunk.callId());
            assertThat(transfer.kind()).isEqualTo(CallTransferred.Kind.ATTENDED);
            assertThat(transfer.transferer()).isEqualTo("PJSIP/202");
            assertThat(transfer.transferee()).contains(call.trunk.id());
            assertThat(transfer.target()).isEqualTo("PJSIP/204");
        });
        assertThat(replay.mirror.phone("PJSIP/202").orElseThrow().status()).isEqualTo(PhoneStatus.IDLE);
        assertThat(replay.mirror.phone("PJSIP/204").orElseThrow().status()).isEqualTo(PhoneStatus.BUSY_EXTERNAL);
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void theConsultationCallEndsWhen202HangsUp_andTheCallersCallWhenTheCallerAnd204Do() {
        deskConsults204();
        ChannelHungUp consultGone = deskCompletesTheTransfer();

        assertThat(replay.events(CallEnded.class)).singleElement().satisfies(ended -> {
            assertThat(ended.call()).isEqualTo(consult.callId());
            assertThat(ended.ending()).isEqualTo(CallEnded.Ending.MERGED);
            assertThat(ended.continuedIn()).contains(call.trunk.callId());
            assertThat(ended.at()).isEqualTo(consultGone.stamp().pbxTime());
            CallDetailRecord cdr = CallDetailRecords.of(ended);
            assertThat(cdr.callerNumber()).isEqualTo("202");
            assertThat(cdr.calledNumber()).isEqualTo("204");
            assertThat(cdr.direction()).isEqualTo(Direction.INTERNAL);
            assertThat(cdr.disposition()).isEqualTo(Disposition.ANSWERED);
            assertThat(cdr.answeredBy()).contains("PJSIP/204");
        });

        pbx.later(Duration.ofSeconds(30));
        replay.apply(
                pbx.leave(bobWithCaller, CALLER_BRIDGE, 1),
                pbx.leave(call.trunk, CALLER_BRIDGE, 0),
                pbx.hangup(bobWithCaller),
                pbx.device("PJSIP/204", DeviceState.NOT_INUSE),
                pbx.hangup(call.trunk));

        assertThat(replay.events(CallEnded.class)).hasSize(2).last().satisfies(ended -> {
            assertThat(ended.call()).isEqualTo(call.trunk.callId());
            assertThat(ended.ending()).isEqualTo(CallEnded.Ending.HUNG_UP);
            CallDetailRecord cdr = CallDetailRecords.of(ended);
            assertThat(cdr.direction()).isEqualTo(Direction.INBOUND);
            assertThat(cdr.disposition()).isEqualTo(Disposition.ANSWERED);
            assertThat(cdr.answeredBy()).contains("PJSIP/202");
            assertThat(cdr.queue()).contains(Reception.QUEUE);
            assertThat(cdr.calledNumber()).isEqualTo("9000");
            assertThat(cdr.talked()).isGreaterThan(Duration.ofSeconds(45));
        });
        assertThat(replay.events(CallAnswered.class)).extracting(CallAnswered::call, CallAnswered::device,
                CallAnswered::first).containsExactly(
                        tuple(call.trunk.callId(), "PJSIP/202", true),
                        tuple(consult.callId(), "PJSIP/204", true));
        assertThat(replay.mirror.calls()).isEmpty();
        assertThat(replay.mirror.phones()).allSatisfy(
                phone -> assertThat(phone.status()).as(phone.device()).isEqualTo(PhoneStatus.IDLE));
        assertThat(replay.anomalies()).isEmpty();
    }
}
