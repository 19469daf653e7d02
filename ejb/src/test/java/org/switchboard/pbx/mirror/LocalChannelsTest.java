package org.switchboard.pbx.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.switchboard.pbx.model.PbxEvents.caller;
import static org.switchboard.pbx.model.PbxEvents.channel;
import static org.switchboard.pbx.model.PbxEvents.leg;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.call.model.CallAnswered;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallOffered;
import org.switchboard.call.model.Party;
import org.switchboard.call.model.PartyState;
import org.switchboard.cdr.model.CallDetailRecords;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.ChannelState;
import org.switchboard.pbx.model.PbxEvents;
import org.switchboard.phone.model.PhoneStatus;

/**
 * 203 dials {@code Local/204@internal}, whose second half dials 204; later Asterisk optimises the Local pair
 * away. No trace records an optimisation; the events follow Asterisk 20's order for a Local channel (;1
 * created Down and ;2 in Ring, LocalBridge, ;2 dials the phone) and for an optimisation (LocalOptimizationBegin,
 * the phone takes the first half's place in the caller's bridge, LocalOptimizationEnd, both halves hang up).
 */
class LocalChannelsTest {

    private final Replay replay = new Replay();
    private final PbxEvents pbx = replay.pbx;
    private final ChannelRef alice = channel("PJSIP/203-00000001", "1795300900.1");
    private final ChannelRef localOne = leg("Local/204@internal-00000002;1", "1795300900.2", alice);
    private final ChannelRef localTwo = leg("Local/204@internal-00000002;2", "1795300900.3", alice);
    private final ChannelRef bob = leg("PJSIP/204-00000003", "1795300900.4", alice);

    private void aliceTalksToBobThroughALocalChannel() {
        replay.apply(
                pbx.inbound(alice, caller("203", "Alice Martin"), "internal", "8204"),
                pbx.outbound(localOne, caller("203", "Alice Martin")),
                pbx.inbound(localTwo, caller("203", "Alice Martin"), "internal", "204"),
                pbx.localBridge(localOne, localTwo),
                pbx.dial(alice, localOne),
                pbx.outbound(bob, caller("204", "Bob Janssens")),
                pbx.dial(localTwo, bob),
                pbx.state(bob, ChannelState.RINGING),
                pbx.state(localOne, ChannelState.RINGING));
        assertThat(replay.mirror.phone("PJSIP/204").orElseThrow().status()).isEqualTo(PhoneStatus.RINGING_INTERNAL);
        pbx.later(Duration.ofSeconds(2));
        replay.apply(
                pbx.state(bob, ChannelState.UP),
                pbx.dialEnd(localTwo, bob, "ANSWER"),
                pbx.state(localTwo, ChannelState.UP),
                pbx.enter(bob, "bridge-far", 1),
                pbx.enter(localTwo, "bridge-far", 2),
                pbx.state(localOne, ChannelState.UP),
                pbx.dialEnd(alice, localOne, "ANSWER"),
                pbx.state(alice, ChannelState.UP),
                pbx.enter(localOne, "bridge-near", 1),
                pbx.enter(alice, "bridge-near", 2));
    }

    @Test
    void theCallIsOfferedToAndAnsweredBy204_andAliceIsShownTalkingTo204_neverToTheLocalChannel() {
        aliceTalksToBobThroughALocalChannel();

        assertThat(replay.events(CallOffered.class)).extracting(CallOffered::target)
                .containsExactly(new CallOffered.ToDevice("PJSIP/204", bob.id()));
        assertThat(replay.events(CallAnswered.class)).extracting(CallAnswered::device).containsExactly("PJSIP/204");
        assertThat(replay.mirror.calls()).singleElement().satisfies(call -> assertThat(call.activeParties())
                .extracting(Party::device, Party::state, Party::bridgedPeer).containsExactly(
                        tuple("PJSIP/203", PartyState.ESTABLISHED, Optional.of(bob.id())),
                        tuple("PJSIP/204", PartyState.ESTABLISHED, Optional.of(alice.id()))));
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void whenThePairIsOptimisedAway_aliceTalksTo204Directly_andTheCallEndsOnceAnsweredBy204() {
        aliceTalksToBobThroughALocalChannel();

        replay.apply(
                pbx.optimizationBegins(localOne, localTwo),
                pbx.leave(bob, "bridge-far", 1),
                pbx.enter(bob, "bridge-near", 3),
                pbx.leave(localOne, "bridge-near", 2),
                pbx.leave(localTwo, "bridge-far", 0),
                pbx.optimizationEnds(localOne, localTwo),
                pbx.hangup(localOne),
                pbx.hangup(localTwo));
        assertThat(replay.mirror.calls()).singleElement().satisfies(call -> assertThat(call.activeParties())
                .extracting(Party::device, Party::bridgedPeer).containsExactly(
                        tuple("PJSIP/203", Optional.of(bob.id())), tuple("PJSIP/204", Optional.of(alice.id()))));

        pbx.later(Duration.ofSeconds(10));
        replay.apply(pbx.leave(bob, "bridge-near", 1), pbx.leave(alice, "bridge-near", 0), pbx.hangup(bob),
                pbx.hangup(alice));
        assertThat(replay.events(CallEnded.class)).singleElement().satisfies(ended -> {
            assertThat(CallDetailRecords.of(ended).answeredBy()).contains("PJSIP/204");
            assertThat(CallDetailRecords.of(ended).calledNumber()).isEqualTo("8204");
        });
        assertThat(replay.mirror.phones()).extracting(phone -> phone.status()).containsOnly(PhoneStatus.IDLE);
        assertThat(replay.anomalies()).isEmpty();
    }
}
