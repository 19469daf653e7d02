package org.switchboard.pbx.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.pbx.model.PbxEvents.caller;
import static org.switchboard.pbx.model.PbxEvents.channel;
import static org.switchboard.pbx.model.PbxEvents.leg;
import static org.switchboard.pbx.model.PbxEvents.live;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.call.model.Call;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallRecovered;
import org.switchboard.call.model.ParkedCall;
import org.switchboard.call.model.Party;
import org.switchboard.call.model.PartyState;
import org.switchboard.cdr.model.Direction;
import org.switchboard.cdr.model.Disposition;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.ChannelState;
import org.switchboard.pbx.model.PbxEvents;
import org.switchboard.pbx.model.PbxSnapshot;
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

        replay.apply(pbx.synchronize(pbx.snapshot(List.of(), List.of(), List.of())));

        assertThat(replay.events(CallEnded.class)).singleElement().satisfies(ended -> {
            assertThat(ended.ending()).isEqualTo(CallEnded.Ending.VANISHED);
            assertThat(ended.record().disposition()).isEqualTo(Disposition.ANSWERED);
            assertThat(ended.record().answeredBy()).contains("PJSIP/202");
            assertThat(ended.record().queue()).contains(Reception.QUEUE);
        });
        assertThat(replay.mirror.calls()).isEmpty();
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
}
