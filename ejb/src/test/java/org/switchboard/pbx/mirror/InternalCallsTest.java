package org.switchboard.pbx.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.pbx.model.PbxEvents.caller;
import static org.switchboard.pbx.model.PbxEvents.channel;
import static org.switchboard.pbx.model.PbxEvents.leg;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.switchboard.call.model.CallAnswered;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallHeld;
import org.switchboard.call.model.CallOffered;
import org.switchboard.call.model.CallRetrieved;
import org.switchboard.call.model.Party;
import org.switchboard.call.model.PartyState;
import org.switchboard.cdr.model.CallDetailRecord;
import org.switchboard.cdr.model.CallDetailRecords;
import org.switchboard.call.model.Direction;
import org.switchboard.cdr.model.Disposition;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.ChannelState;
import org.switchboard.pbx.model.PbxEvents;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.phone.model.PhoneStatusChanged;

/** Calls between phones: internal-203-to-204, hold-resume and originate-201-to-204. */
class InternalCallsTest {

    private final Replay replay = new Replay();
    private final PbxEvents pbx = replay.pbx;

    /** One phone dials another, which answers; both are bridged. The order of the traces. */
    private void dialsAndIsAnswered(ChannelRef from, ChannelRef to, String toExten) {
        replay.apply(
                pbx.inbound(from, caller(from.device().substring(6), ""), "internal", toExten),
                pbx.exten(from, "internal", toExten, "NoOp", "Internal call"),
                pbx.exten(from, "internal", toExten, "Dial", "PJSIP/" + toExten + ",30,tT"),
                pbx.outbound(to, caller(toExten, "")),
                pbx.exten(to, "internal", toExten, "AppDial", "(Outgoing Line)"),
                pbx.dial(from, to),
                pbx.state(to, ChannelState.RINGING));
        pbx.later(Duration.ofSeconds(2));
        replay.apply(
                pbx.state(to, ChannelState.UP),
                pbx.dialEnd(from, to, "ANSWER"),
                pbx.state(from, ChannelState.UP),
                pbx.enter(to, "bridge-2", 1),
                pbx.enter(from, "bridge-2", 2));
    }

    private void bothHangUp(ChannelRef first, ChannelRef second) {
        replay.apply(
                pbx.leave(first, "bridge-2", 1),
                pbx.leave(second, "bridge-2", 0),
                pbx.hangup(second),
                pbx.hangup(first));
    }

    @Test
    void internal203To204_isInternal_bothPhonesBusyInternalThenIdle() {
        ChannelRef alice = channel("PJSIP/203-00000008", "1795300732.10");
        ChannelRef bob = leg("PJSIP/204-00000009", "1795300732.11", alice);

        dialsAndIsAnswered(alice, bob, "204");

        assertThat(replay.mirror.phone("PJSIP/203").orElseThrow().status()).isEqualTo(PhoneStatus.BUSY_INTERNAL);
        assertThat(replay.mirror.phone("PJSIP/204").orElseThrow().status()).isEqualTo(PhoneStatus.BUSY_INTERNAL);
        assertThat(replay.mirror.call(alice.callId()).orElseThrow().activeParties())
                .extracting(Party::state).containsOnly(PartyState.ESTABLISHED);

        pbx.later(Duration.ofSeconds(10));
        bothHangUp(alice, bob);

        assertThat(replay.events(CallOffered.class)).extracting(CallOffered::target)
                .containsExactly(new CallOffered.ToDevice("PJSIP/204", bob.id()));
        assertThat(replay.events(CallAnswered.class)).extracting(CallAnswered::device).containsExactly("PJSIP/204");
        CallDetailRecord cdr = CallDetailRecords.of(replay.events(CallEnded.class).get(0));
        assertThat(cdr.direction()).isEqualTo(Direction.INTERNAL);
        assertThat(cdr.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(cdr.calledNumber()).isEqualTo("204");
        assertThat(cdr.callerNumber()).isEqualTo("203");
        assertThat(cdr.lastApplication()).isEqualTo("Dial");
        assertThat(cdr.queue()).isEmpty();
        assertThat(replay.events(PhoneStatusChanged.class)).extracting(PhoneStatusChanged::device,
                PhoneStatusChanged::now).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PJSIP/203", PhoneStatus.BUSY_INTERNAL),
                        org.assertj.core.groups.Tuple.tuple("PJSIP/204", PhoneStatus.RINGING_INTERNAL),
                        org.assertj.core.groups.Tuple.tuple("PJSIP/204", PhoneStatus.BUSY_INTERNAL),
                        org.assertj.core.groups.Tuple.tuple("PJSIP/204", PhoneStatus.IDLE),
                        org.assertj.core.groups.Tuple.tuple("PJSIP/203", PhoneStatus.IDLE));
        assertThat(replay.mirror.calls()).isEmpty();
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void holdAndResume_heldByThePhoneThatPressedHold() {
        ChannelRef desk = channel("PJSIP/201-0000000a", "1795300741.12");
        ChannelRef bob = leg("PJSIP/204-0000000b", "1795300741.13", desk);
        dialsAndIsAnswered(desk, bob, "204");

        replay.apply(pbx.hold(desk));

        assertThat(replay.events(CallHeld.class)).singleElement().satisfies(held -> {
            assertThat(held.device()).isEqualTo("PJSIP/201");
            assertThat(held.call()).isEqualTo(desk.callId());
        });
        assertThat(replay.mirror.call(desk.callId()).orElseThrow().parties())
                .extracting(Party::device, Party::state).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PJSIP/201", PartyState.HELD),
                        org.assertj.core.groups.Tuple.tuple("PJSIP/204", PartyState.ESTABLISHED));
        assertThat(replay.mirror.phone("PJSIP/201").orElseThrow().status()).isEqualTo(PhoneStatus.BUSY_INTERNAL);

        replay.apply(pbx.unhold(desk));

        assertThat(replay.events(CallRetrieved.class)).singleElement()
                .satisfies(retrieved -> assertThat(retrieved.device()).isEqualTo("PJSIP/201"));
        assertThat(replay.mirror.call(desk.callId()).orElseThrow().parties()).extracting(Party::state)
                .containsOnly(PartyState.ESTABLISHED);
        bothHangUp(desk, bob);
        assertThat(replay.events(CallEnded.class)).hasSize(1);
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void originate201To204_isAnsweredBy204_notBy201() {
        ChannelRef desk = channel("PJSIP/201-0000000c", "1795300755.14");
        ChannelRef bob = leg("PJSIP/204-0000000d", "1795300757.15", desk);
        replay.apply(
                pbx.outbound(desk, caller("201", "Reception Desk 1")),
                pbx.exten(desk, "internal", "s", "AppDial2", "(Outgoing Line)"),
                pbx.originate(desk),
                pbx.state(desk, ChannelState.RINGING),
                pbx.state(desk, ChannelState.UP),
                pbx.dialEnd(null, desk, "ANSWER"),
                pbx.exten(desk, "internal", "204", "NoOp", "Internal call"),
                pbx.exten(desk, "internal", "204", "Dial", "PJSIP/204,30,tT"),
                pbx.outbound(bob, caller("204", "")),
                pbx.exten(bob, "internal", "204", "AppDial", "(Outgoing Line)"),
                pbx.dial(desk, bob));

        assertThat(replay.events(CallAnswered.class)).isEmpty();
        assertThat(replay.mirror.call(desk.callId()).orElseThrow().parties()).extracting(Party::state)
                .containsExactly(PartyState.DELIVERED, PartyState.ALERTING);

        replay.apply(
                pbx.state(bob, ChannelState.RINGING),
                pbx.state(bob, ChannelState.UP),
                pbx.dialEnd(desk, bob, "ANSWER"),
                pbx.enter(bob, "bridge-2", 1),
                pbx.enter(desk, "bridge-2", 2));
        bothHangUp(bob, desk);

        assertThat(replay.events(CallOffered.class)).extracting(CallOffered::target).containsExactly(
                new CallOffered.ToDevice("PJSIP/201", desk.id()), new CallOffered.ToDevice("PJSIP/204", bob.id()));
        CallDetailRecord cdr = CallDetailRecords.of(replay.events(CallEnded.class).get(0));
        assertThat(cdr.answeredBy()).contains("PJSIP/204");
        assertThat(cdr.calledNumber()).isEqualTo("204");
        assertThat(cdr.callerNumber()).isEqualTo("201");
        assertThat(cdr.direction()).isEqualTo(Direction.INTERNAL);
        assertThat(replay.anomalies()).isEmpty();
    }
}
