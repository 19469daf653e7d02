package org.switchboard.pbx.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.switchboard.pbx.model.PbxEvents.at;
import static org.switchboard.pbx.model.PbxEvents.caller;
import static org.switchboard.pbx.model.PbxEvents.channel;
import static org.switchboard.pbx.model.PbxEvents.leg;
import static org.switchboard.pbx.model.PbxEvents.live;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.call.model.Call;
import org.switchboard.call.model.CallAnswered;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallRecovered;
import org.switchboard.call.model.ParkedCall;
import org.switchboard.call.model.Party;
import org.switchboard.call.model.PartyState;
import org.switchboard.call.model.Direction;
import org.switchboard.cdr.model.Disposition;
import org.switchboard.cdr.model.CallDetailRecords;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.ChannelState;
import org.switchboard.pbx.model.PbxEvents;
import org.switchboard.pbx.model.PbxSnapshot;
import org.switchboard.shared.model.DomainEvent;
import org.switchboard.phone.model.PhoneStatus;

/** PbxSynchronized replaces the mirror's contents: no phantom calls, no missing ones, identities kept. */
class ResyncTest {

    private final Replay replay = new Replay();
    private final PbxEvents pbx = replay.pbx;

    @Test
    void aCallOnlyInTheSnapshot_appearsAsRecovered() {
        ChannelRef trunk = channel("PJSIP/trunk-00000030", "1795300900.50");
        ChannelRef desk = leg("PJSIP/202-00000031", "1795300900.51", trunk);
        ChannelRef waiting = channel("PJSIP/trunk-00000032", "1795300900.52");
        PbxSnapshot snapshot = pbx.snapshot(List.of(
                live(trunk, ChannelState.UP, Reception.EXTERNAL, "Queue", "bridge-9", Duration.ofSeconds(40)),
                live(desk, ChannelState.UP, caller("202", ""), "AppQueue", "bridge-9", Duration.ofSeconds(30)),
                live(waiting, ChannelState.RING, Reception.EXTERNAL, "Queue", null, Duration.ofSeconds(8))),
                List.of(new PbxSnapshot.QueueState(Reception.QUEUE, "ringall", List.of(), List.of(
                        new PbxSnapshot.WaitingCaller(waiting, Reception.EXTERNAL, 1, Duration.ofSeconds(8))))),
                List.of());

        Applied applied = replay.apply(pbx.disconnected(), pbx.synchronize(snapshot));

        assertThat(applied.events(CallRecovered.class)).extracting(CallRecovered::call)
                .containsExactlyInAnyOrder(trunk.callId(), waiting.callId());
        Call talking = replay.mirror.call(trunk.callId()).orElseThrow();
        assertThat(talking.recovered()).isTrue();
        assertThat(talking.start()).isEqualTo(snapshot.takenAt().minusSeconds(40));
        assertThat(talking.direction()).isEqualTo(Direction.INBOUND);
        assertThat(talking.answeredBy()).contains("PJSIP/202");
        assertThat(talking.parties()).extracting(Party::state, Party::bridgedPeer).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PartyState.ESTABLISHED, java.util.Optional.of(desk.id())),
                org.assertj.core.groups.Tuple.tuple(PartyState.ESTABLISHED, java.util.Optional.of(trunk.id())));
        assertThat(replay.mirror.call(waiting.callId()).orElseThrow().parties()).extracting(Party::state)
                .containsExactly(PartyState.QUEUED);
        assertThat(replay.mirror.call(waiting.callId()).orElseThrow().queue()).contains(Reception.QUEUE);
        assertThat(replay.mirror.queue(Reception.QUEUE).orElseThrow().callers()).hasSize(1);
        assertThat(replay.mirror.phone("PJSIP/202").orElseThrow().status()).isEqualTo(PhoneStatus.BUSY_EXTERNAL);
        assertThat(replay.mirror.stale()).isFalse();
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void aCallTheSnapshotLacks_endsVanishedWithWhatWasKnown() {
        Reception call = new Reception(replay, "1795300710");
        call.ringsBothDesks().desk2Answers(Duration.ofSeconds(4));

        replay.apply(pbx.disconnected());
        assertThat(replay.mirror.stale()).isTrue();
        assertThat(replay.mirror.calls()).hasSize(1);
        assertThat(replay.mirror.callCount()).isEqualTo(1);

        replay.apply(pbx.synchronize(pbx.snapshot(List.of(), List.of(), List.of())));

        assertThat(replay.events(CallEnded.class)).singleElement().satisfies(ended -> {
            assertThat(ended.ending()).isEqualTo(CallEnded.Ending.VANISHED);
            assertThat(CallDetailRecords.of(ended).disposition()).isEqualTo(Disposition.ANSWERED);
            assertThat(CallDetailRecords.of(ended).answeredBy()).contains("PJSIP/202");
            assertThat(CallDetailRecords.of(ended).queue()).contains(Reception.QUEUE);
        });
        assertThat(replay.mirror.calls()).isEmpty();
        assertThat(replay.mirror.callCount()).isZero();
        assertThat(replay.mirror.phone("PJSIP/202").orElseThrow().status()).isEqualTo(PhoneStatus.IDLE);
        assertThat(replay.mirror.stale()).isFalse();
        assertThat(replay.mirror.status().resyncs()).isEqualTo(1);
    }

    @Test
    void aCallInBoth_keepsItsIdentityAndHistory() {
        Reception call = new Reception(replay, "1795300710");
        call.ringsBothDesks().desk2Answers(Duration.ofSeconds(4));
        replay.apply(pbx.hold(call.desk2));
        Call before = replay.mirror.call(call.trunk.callId()).orElseThrow();

        replay.apply(pbx.disconnected(), pbx.synchronize(pbx.snapshot(List.of(
                live(call.trunk, ChannelState.UP, Reception.EXTERNAL, "Queue", "bridge-1", Duration.ofSeconds(20)),
                live(call.desk2, ChannelState.UP, caller("202", ""), "AppQueue", "bridge-1", Duration.ofSeconds(18))),
                List.of(), List.of())));

        Call after = replay.mirror.call(call.trunk.callId()).orElseThrow();
        assertThat(after.start()).isEqualTo(before.start());
        assertThat(after.answered()).isEqualTo(before.answered());
        assertThat(after.queue()).contains(Reception.QUEUE);
        assertThat(after.recovered()).isFalse();
        assertThat(after.activeParties()).extracting(Party::device, Party::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PJSIP/trunk", PartyState.ESTABLISHED),
                org.assertj.core.groups.Tuple.tuple("PJSIP/202", PartyState.HELD));
        assertThat(replay.events(CallRecovered.class)).isEmpty();
        assertThat(replay.events(CallEnded.class)).isEmpty();
        assertThat(replay.events(CallAnswered.class)).singleElement().extracting(CallAnswered::at)
                .isEqualTo(before.answered().orElseThrow());
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void parkedCallsComeFromTheSnapshot() {
        ChannelRef trunk = channel("PJSIP/trunk-00000040", "1795300950.60");
        replay.apply(pbx.synchronize(pbx.snapshot(
                List.of(live(trunk, ChannelState.UP, Reception.EXTERNAL, "Park", "parking", Duration.ofSeconds(50))),
                List.of(),
                List.of(new PbxSnapshot.ParkedChannel(trunk, "PJSIP/202", "default", "702", Duration.ofSeconds(120),
                        Duration.ofSeconds(15))))));

        assertThat(replay.mirror.parked()).extracting(ParkedCall::space, ParkedCall::parker)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("702", "PJSIP/202"));
        assertThat(replay.mirror.call(trunk.callId()).orElseThrow().parties()).extracting(Party::state)
                .containsExactly(PartyState.PARKED);
    }

    @Test
    void aRingingCallAnsweredWhileTheLinkWasDown_isAnsweredOnceAtTheSnapshotTime() {
        Reception call = new Reception(replay, "1795300710");
        call.ringsBothDesks();
        replay.apply(pbx.disconnected());
        pbx.later(Duration.ofSeconds(6));
        PbxSnapshot talking = pbx.snapshot(List.of(
                live(call.trunk, ChannelState.UP, Reception.EXTERNAL, "Queue", "bridge-1", Duration.ofSeconds(9)),
                live(call.desk2, ChannelState.UP, caller("202", ""), "AppQueue", "bridge-1", Duration.ofSeconds(8))),
                List.of(), List.of());

        Applied resync = replay.apply(pbx.synchronize(talking));

        assertThat(resync.events(CallAnswered.class)).containsExactly(
                new CallAnswered(call.trunk.callId(), talking.takenAt(), "PJSIP/202", call.desk2.id(), true));
        assertThat(replay.mirror.call(call.trunk.callId()).orElseThrow().answered()).contains(talking.takenAt());

        pbx.later(Duration.ofSeconds(5));
        replay.apply(pbx.disconnected(), pbx.synchronize(pbx.snapshot(talking.channels(), List.of(), List.of())));
        call.callerHangsUp(Duration.ofSeconds(10));

        assertThat(replay.events(CallAnswered.class)).hasSize(1);
        assertThat(replay.events(CallEnded.class)).singleElement()
                .satisfies(ended -> assertThat(CallDetailRecords.of(ended).answer()).contains(talking.takenAt()));
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void aCallThatStartedWhileTheLinkWasDown_takesItsQueueFromTheQueueApplication_andIsAnsweredOnce() {
        ChannelRef trunk = channel("PJSIP/trunk-00000030", "1795300900.50");
        ChannelRef desk = leg("PJSIP/202-00000031", "1795300900.51", trunk);
        PbxSnapshot snapshot = pbx.snapshot(List.of(
                live(desk, ChannelState.UP, caller("202", ""), "AppQueue", "bridge-9", Duration.ofSeconds(30)),
                at(live(trunk, ChannelState.UP, Reception.EXTERNAL, "Queue", "bridge-9", Duration.ofSeconds(40)),
                        "reception", "s", "GeneralQueue,rt,,,600")),
                List.of(), List.of());

        Applied applied = replay.apply(pbx.disconnected(), pbx.synchronize(snapshot));

        assertThat(applied.events()).filteredOn(event -> event instanceof CallRecovered || event instanceof CallAnswered)
                .extracting(DomainEvent::getClass).containsExactly(CallRecovered.class, CallAnswered.class);
        assertThat(applied.events(CallAnswered.class)).containsExactly(
                new CallAnswered(trunk.callId(), snapshot.takenAt(), "PJSIP/202", desk.id(), true));
        Call recovered = replay.mirror.call(trunk.callId()).orElseThrow();
        assertThat(recovered.queue()).contains(Reception.QUEUE);
        assertThat(recovered.calledNumber()).as("the dialplan is at s: the number dialled is not known").isEmpty();

        replay.apply(
                pbx.leave(trunk, "bridge-9", 1),
                pbx.leave(desk, "bridge-9", 0),
                pbx.hangup(desk),
                pbx.hangup(trunk));

        assertThat(replay.events(CallEnded.class)).singleElement().satisfies(ended -> {
            assertThat(CallDetailRecords.of(ended).queue()).contains(Reception.QUEUE);
            assertThat(CallDetailRecords.of(ended).answeredBy()).contains("PJSIP/202");
        });
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void aCallThatStartedWhileTheLinkWasDown_takesItsCalledNumberFromTheFirstChannelsExtension() {
        ChannelRef alice = channel("PJSIP/203-00000008", "1795300732.10");
        ChannelRef bob = leg("PJSIP/204-00000009", "1795300732.11", alice);
        PbxSnapshot snapshot = pbx.snapshot(List.of(
                live(bob, ChannelState.RINGING, caller("204", "Bob Janssens"), "AppDial", null, Duration.ofSeconds(3)),
                at(live(alice, ChannelState.RING, caller("203", "Alice Martin"), "Dial", null, Duration.ofSeconds(4)),
                        "internal", "204", "PJSIP/204,30,tT")),
                List.of(), List.of());

        replay.apply(pbx.disconnected(), pbx.synchronize(snapshot));

        Call recovered = replay.mirror.call(alice.callId()).orElseThrow();
        assertThat(recovered.calledNumber()).isEqualTo("204");
        assertThat(recovered.caller()).isEqualTo(caller("203", "Alice Martin"));
        assertThat(recovered.queue()).isEmpty();
        assertThat(recovered.parties()).extracting(Party::device, Party::state).containsExactly(
                tuple("PJSIP/203", PartyState.DELIVERED), tuple("PJSIP/204", PartyState.ALERTING));
        assertThat(replay.events(CallAnswered.class)).isEmpty();
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void aCallerOnMusicOnHoldInTheSnapshot_isHeld_andTakenOffHoldWhenRedirectedAway() {
        ChannelRef trunk = channel("PJSIP/trunk-00000009", "1795300950.9");
        replay.apply(pbx.synchronize(pbx.snapshot(List.of(
                live(trunk, ChannelState.UP, Reception.EXTERNAL, "MusicOnHold", null, Duration.ofSeconds(12))),
                List.of(), List.of())));

        assertThat(replay.mirror.call(trunk.callId()).orElseThrow().parties()).extracting(Party::state)
                .containsExactly(PartyState.HELD);

        replay.apply(pbx.musicOff(trunk));
        assertThat(replay.mirror.call(trunk.callId()).orElseThrow().parties()).extracting(Party::state)
                .containsExactly(PartyState.ESTABLISHED);
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void aCallThroughALocalChannelInTheSnapshot_showsTheCallerTalkingToThePhoneBeyondIt() {
        ChannelRef alice = channel("PJSIP/203-00000011", "1795300960.11");
        ChannelRef localOne = leg("Local/204@internal-00000005;1", "1795300960.12", alice);
        ChannelRef localTwo = leg("Local/204@internal-00000005;2", "1795300960.13", alice);
        ChannelRef bob = leg("PJSIP/204-00000012", "1795300960.14", alice);
        replay.apply(pbx.synchronize(pbx.snapshot(List.of(
                live(alice, ChannelState.UP, caller("203", ""), "Dial", "bridge-near", Duration.ofSeconds(30)),
                live(localOne, ChannelState.UP, caller("204", ""), "AppDial", "bridge-near", Duration.ofSeconds(29)),
                live(localTwo, ChannelState.UP, caller("203", ""), "Dial", "bridge-far", Duration.ofSeconds(29)),
                live(bob, ChannelState.UP, caller("204", ""), "AppDial", "bridge-far", Duration.ofSeconds(28))),
                List.of(), List.of())));

        assertThat(replay.mirror.call(alice.callId()).orElseThrow().parties())
                .extracting(Party::device, Party::bridgedPeer).containsExactly(
                        tuple("PJSIP/203", java.util.Optional.of(bob.id())),
                        tuple("PJSIP/204", java.util.Optional.of(alice.id())));
        assertThat(replay.anomalies()).isEmpty();
    }
}
