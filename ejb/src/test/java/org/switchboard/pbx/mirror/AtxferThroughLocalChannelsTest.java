package org.switchboard.pbx.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.call.model.Call;
import org.switchboard.call.model.CallAnswered;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallTransferred;
import org.switchboard.call.model.Party;
import org.switchboard.call.model.PartyState;
import org.switchboard.cdr.model.CallDetailRecord;
import org.switchboard.cdr.model.CallDetailRecords;
import org.switchboard.call.model.Direction;
import org.switchboard.cdr.model.Disposition;
import org.switchboard.pbx.model.ChannelEvent.AttendedTransferred;
import org.switchboard.pbx.model.ChannelEvent.ChannelHungUp;
import org.switchboard.pbx.model.ChannelEvent.ChannelStateChanged;
import org.switchboard.pbx.model.ChannelState;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.shared.model.ChannelId;

/**
 * transfer-attended-202-to-204 (Asterisk 20, PJSIP): 202 answers a reception call and AMI Atxfer makes it
 * consult 204 through a Local channel pair, all in the caller's linked id. {@code Local/204@internal-...;1}
 * enters the consultation bridge while still Down and only then rings; {@code ;2} dials 204. When 202 hangs
 * up, Asterisk merges the bridges: the caller is bridged with {@code ;1}, whose other half is bridged with 204.
 */
class AtxferThroughLocalChannelsTest {

    private static final String TRACE = "transfer-attended-202-to-204";
    private static final ChannelId CALLER = new ChannelId("1795300805.31");
    private static final ChannelId PHONE_204 = new ChannelId("1795300808.37");

    @Test
    void while204Rings_202HoldsTheCaller_204RingsExternal_andTheLocalChannelsAreNoParties() {
        RecordedReplay replay = new RecordedReplay(TRACE).through(event -> event instanceof ChannelStateChanged changed
                && changed.channel().name().startsWith("Local/") && changed.state() == ChannelState.RINGING);

        Call call = replay.mirror.calls().get(0);
        assertThat(call.activeParties()).extracting(Party::device, Party::state).containsExactly(
                tuple("PJSIP/trunk", PartyState.ESTABLISHED), tuple("PJSIP/202", PartyState.HELD),
                tuple("PJSIP/204", PartyState.ALERTING));
        assertThat(replay.mirror.phone("PJSIP/204").orElseThrow().status()).isEqualTo(PhoneStatus.RINGING_EXTERNAL);
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void theTransferNames202AsTransfererAndThePhone204AsTarget() {
        RecordedReplay replay = new RecordedReplay(TRACE).through(AttendedTransferred.class::isInstance);

        assertThat(replay.events(CallTransferred.class)).singleElement().satisfies(transfer -> {
            assertThat(transfer.call().value()).isEqualTo(CALLER.value());
            assertThat(transfer.kind()).isEqualTo(CallTransferred.Kind.ATTENDED);
            assertThat(transfer.transferer()).isEqualTo("PJSIP/202");
            assertThat(transfer.transferee()).contains(CALLER);
            assertThat(transfer.target()).isEqualTo("PJSIP/204");
        });
    }

    @Test
    void after202HangsUp_theCallerIsShownTalkingTo204() {
        RecordedReplay replay = new RecordedReplay(TRACE).through(event -> event instanceof ChannelHungUp hungUp
                && hungUp.channel().name().startsWith("PJSIP/202"));

        assertThat(replay.mirror.calls()).singleElement().satisfies(call -> assertThat(call.activeParties())
                .extracting(Party::device, Party::state, Party::bridgedPeer).containsExactly(
                        tuple("PJSIP/trunk", PartyState.ESTABLISHED, Optional.of(PHONE_204)),
                        tuple("PJSIP/204", PartyState.ESTABLISHED, Optional.of(CALLER))));
        assertThat(replay.mirror.phone("PJSIP/202").orElseThrow().status()).isEqualTo(PhoneStatus.IDLE);
        assertThat(replay.mirror.phone("PJSIP/204").orElseThrow().status()).isEqualTo(PhoneStatus.BUSY_EXTERNAL);
    }

    @Test
    void theCallEndsOnce_answeredBy202First_then204() {
        RecordedReplay replay = new RecordedReplay(TRACE).all();

        assertThat(replay.events(CallAnswered.class)).extracting(CallAnswered::device, CallAnswered::first)
                .containsExactly(tuple("PJSIP/202", true), tuple("PJSIP/204", false));
        assertThat(replay.events(CallEnded.class)).singleElement().satisfies(ended -> {
            assertThat(ended.ending()).isEqualTo(CallEnded.Ending.HUNG_UP);
            CallDetailRecord cdr = CallDetailRecords.of(ended);
            assertThat(cdr.direction()).isEqualTo(Direction.INBOUND);
            assertThat(cdr.disposition()).isEqualTo(Disposition.ANSWERED);
            assertThat(cdr.answeredBy()).contains("PJSIP/202");
            assertThat(cdr.queue()).contains("GeneralQueue");
            assertThat(cdr.talked()).isBetween(Duration.ofMillis(8400), Duration.ofMillis(8500));
        });
        assertThat(replay.anomalies()).isEmpty();
    }
}
