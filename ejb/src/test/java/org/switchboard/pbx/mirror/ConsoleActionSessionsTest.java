package org.switchboard.pbx.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.call.model.CallAnswered;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallHeld;
import org.switchboard.call.model.CallOffered;
import org.switchboard.call.model.CallRetrieved;
import org.switchboard.call.model.Party;
import org.switchboard.call.model.PartyJoined;
import org.switchboard.call.model.PartyState;
import org.switchboard.cdr.model.CallDetailRecord;
import org.switchboard.cdr.model.CallDetailRecords;
import org.switchboard.call.model.Direction;
import org.switchboard.cdr.model.Disposition;
import org.switchboard.pbx.model.ChannelEvent.BridgeEntered;
import org.switchboard.pbx.model.ChannelEvent.MusicOnHoldStarted;
import org.switchboard.pbx.model.ChannelEvent.MusicOnHoldStopped;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;

/** The console's AMI actions recorded on Asterisk 22: coupling two calls with Bridge, a hold by Redirect. */
class ConsoleActionSessionsTest {

    private static final String COUPLE = "actions/couple-bridge-two-calls";
    private static final CallId COUPLED_CALLER = new CallId("1795642129.8");
    private static final CallId ORIGINATED = new CallId("1795642134.12");
    private static final ChannelId COUPLED_COLLEAGUE = new ChannelId("1795642136.13");

    private static final String HOLD = "actions/hold-by-redirect-and-back";
    private static final ChannelId HELD_CALLER = new ChannelId("1795642146.15");

    @Test
    void bridgeCouplesTheCallerWith204_whoJoinsTheCallersCall() {
        RecordedReplay replay = new RecordedReplay(COUPLE).through(event -> event instanceof BridgeEntered entered
                && entered.channel().id().equals(COUPLED_COLLEAGUE)
                && entered.channel().callId().equals(COUPLED_CALLER));

        assertThat(replay.events(PartyJoined.class)).extracting(PartyJoined::call, PartyJoined::device,
                PartyJoined::channel, PartyJoined::from)
                .containsExactly(tuple(COUPLED_CALLER, "PJSIP/204", COUPLED_COLLEAGUE, ORIGINATED));
        assertThat(replay.mirror.call(COUPLED_CALLER).orElseThrow().activeParties())
                .extracting(Party::device, Party::state, Party::bridgedPeer).containsExactly(
                        tuple("PJSIP/trunk", PartyState.ESTABLISHED, Optional.of(COUPLED_COLLEAGUE)),
                        tuple("PJSIP/204", PartyState.ESTABLISHED, Optional.of(new ChannelId(COUPLED_CALLER.value()))));
        assertThat(replay.mirror.phone("PJSIP/204").orElseThrow().status()).isEqualTo(PhoneStatus.BUSY_EXTERNAL);
    }

    @Test
    void bridge_theOriginatedCallEndsMergedIntoTheCallersCall_whichEndsWith204sHangUp() {
        RecordedReplay replay = new RecordedReplay(COUPLE).all();

        List<CallEnded> ends = replay.events(CallEnded.class);
        assertThat(ends).extracting(CallEnded::call, CallEnded::ending, CallEnded::continuedIn).containsExactly(
                tuple(ORIGINATED, CallEnded.Ending.MERGED, Optional.of(COUPLED_CALLER)),
                tuple(COUPLED_CALLER, CallEnded.Ending.HUNG_UP, Optional.empty()));
        CallDetailRecord consultation = CallDetailRecords.of(ends.get(0));
        assertThat(consultation.callerNumber()).isEqualTo("202");
        assertThat(consultation.calledNumber()).isEqualTo("204");
        assertThat(consultation.answeredBy()).contains("PJSIP/204");
        assertThat(consultation.direction()).isEqualTo(Direction.INTERNAL);
        CallDetailRecord caller = CallDetailRecords.of(ends.get(1));
        assertThat(caller.direction()).isEqualTo(Direction.INBOUND);
        assertThat(caller.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(caller.answeredBy()).contains("PJSIP/202");
        assertThat(caller.talked()).isBetween(Duration.ofSeconds(11), Duration.ofMillis(11100));
        assertThat(replay.anomalies()).isEmpty();
    }

    @Test
    void redirectToMusicOnHold_holdsTheCaller_andRedirectTo202_bringsItBack() {
        RecordedReplay replay = new RecordedReplay(HOLD).through(MusicOnHoldStarted.class::isInstance);

        assertThat(replay.events(CallHeld.class)).extracting(CallHeld::device, CallHeld::channel)
                .containsExactly(tuple("PJSIP/trunk", HELD_CALLER));
        assertThat(replay.mirror.calls()).singleElement().satisfies(call -> assertThat(call.activeParties())
                .extracting(Party::device, Party::state).contains(tuple("PJSIP/trunk", PartyState.HELD)));

        replay.through(MusicOnHoldStopped.class::isInstance);
        assertThat(replay.events(CallRetrieved.class)).extracting(CallRetrieved::device, CallRetrieved::channel)
                .containsExactly(tuple("PJSIP/trunk", HELD_CALLER));
        replay.all();

        assertThat(replay.events(CallOffered.class)).extracting(CallOffered::target)
                .filteredOn(CallOffered.ToDevice.class::isInstance).extracting(t -> ((CallOffered.ToDevice) t).device())
                .containsExactly("PJSIP/201", "PJSIP/202", "PJSIP/202");
        assertThat(replay.events(CallAnswered.class)).extracting(CallAnswered::device, CallAnswered::first)
                .containsExactly(tuple("PJSIP/202", true), tuple("PJSIP/202", false));
        assertThat(replay.events(CallEnded.class)).singleElement().satisfies(ended -> {
            assertThat(CallDetailRecords.of(ended).disposition()).isEqualTo(Disposition.ANSWERED);
            assertThat(CallDetailRecords.of(ended).answeredBy()).contains("PJSIP/202");
        });
        assertThat(replay.anomalies()).isEmpty();
    }
}
