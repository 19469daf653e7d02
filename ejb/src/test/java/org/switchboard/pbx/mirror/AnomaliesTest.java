package org.switchboard.pbx.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.pbx.model.PbxEvents.caller;
import static org.switchboard.pbx.model.PbxEvents.channel;
import static org.switchboard.pbx.model.PbxEvents.leg;

import org.junit.jupiter.api.Test;
import org.switchboard.call.model.CallEnded;
import org.switchboard.cdr.model.CallDetailRecords;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.ChannelState;
import org.switchboard.pbx.model.PbxEvents;

/** Events that do not fit become anomalies: reported with the call and counted, never thrown. */
class AnomaliesTest {

    private final Replay replay = new Replay();
    private final PbxEvents pbx = replay.pbx;
    private final ChannelRef alice = channel("PJSIP/203-00000050", "1795301000.70");
    private final ChannelRef bob = leg("PJSIP/204-00000051", "1795301000.71", alice);

    @Test
    void anAnswerForAnUnknownChannel_isAnAnomalyOfItsCall() {
        Applied applied = replay.apply(pbx.state(alice, ChannelState.UP));

        assertThat(applied.events()).isEmpty();
        assertThat(applied.anomalies()).singleElement().satisfies(anomaly -> {
            assertThat(anomaly.callId()).contains(alice.callId());
            assertThat(anomaly.eventType()).isEqualTo("ChannelStateChanged");
            assertThat(anomaly.reason()).contains("unknown channel").contains("PJSIP/203-00000050");
        });
        assertThat(replay.mirror.calls()).isEmpty();
    }

    @Test
    void aSecondHangup_isAnAnomaly_whetherTheCallGoesOnOrNot() {
        replay.apply(
                pbx.inbound(alice, caller("203", ""), "internal", "204"),
                pbx.outbound(bob, caller("204", "")),
                pbx.dial(alice, bob),
                pbx.dialEnd(alice, bob, "BUSY"),
                pbx.hangup(bob, 17));

        Applied again = replay.apply(pbx.hangup(bob, 17));

        assertThat(again.anomalies()).singleElement()
                .satisfies(anomaly -> assertThat(anomaly.reason()).contains("HANGUP is not allowed in CLEARED"));

        replay.apply(pbx.hangup(alice));
        assertThat(replay.anomalies()).hasSize(1);
        Applied afterTheEnd = replay.apply(pbx.hangup(alice));

        assertThat(afterTheEnd.anomalies()).singleElement()
                .satisfies(anomaly -> assertThat(anomaly.reason()).contains("unknown channel"));
        assertThat(replay.events(CallEnded.class)).singleElement()
                .satisfies(ended -> assertThat(CallDetailRecords.of(ended).disposition().name()).isEqualTo("BUSY"));
    }

    @Test
    void aHoldWhileRinging_isRejectedAndTheStateStays() {
        replay.apply(
                pbx.inbound(alice, caller("203", ""), "internal", "204"),
                pbx.outbound(bob, caller("204", "")),
                pbx.dial(alice, bob));

        Applied applied = replay.apply(pbx.hold(bob));

        assertThat(applied.anomalies()).singleElement()
                .satisfies(anomaly -> assertThat(anomaly.reason()).contains("HOLD is not allowed in ALERTING"));
        assertThat(replay.mirror.call(alice.callId()).orElseThrow().parties().get(1).state().name())
                .isEqualTo("ALERTING");
    }

    @Test
    void anomalies_areCountedByEventType() {
        replay.apply(pbx.state(alice, ChannelState.UP), pbx.hangup(alice), pbx.hangup(bob));

        MirrorStatus status = replay.mirror.status();

        assertThat(status.anomalies()).isEqualTo(3);
        assertThat(status.eventsApplied()).isEqualTo(3);
        assertThat(status.anomaliesByEventType()).containsEntry("ChannelStateChanged", 1L)
                .containsEntry("ChannelHungUp", 2L);
    }
}
