package org.switchboard.pbx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.switchboard.pbx.pipeline.TraceCut.event;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.call.model.Call;
import org.switchboard.call.model.CallAnswered;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallParked;
import org.switchboard.call.model.CallTransferred;
import org.switchboard.call.model.CallUnparked;
import org.switchboard.call.model.ParkedCall;
import org.switchboard.call.model.Party;
import org.switchboard.call.model.PartyState;
import org.switchboard.call.model.Direction;
import org.switchboard.cdr.model.Disposition;
import org.switchboard.cdr.model.CallDetailRecords;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;

/** A reception call parked then picked up, and one blind-transferred, replayed end to end. */
class ParkAndTransferTest {

    private static final CallId PARKED_CALL = new CallId("1795300766.16");
    private static final CallId PICKUP_CALL = new CallId("1795300773.20");
    private static final CallId TRANSFERRED_CALL = new CallId("1795300792.26");

    private final Pipeline pipeline = Pipeline.connected();

    @AfterEach
    void close() {
        pipeline.close();
    }

    @Test
    void parkedByAmi_showsInTheLotUntil203PicksItUp() {
        List<AmiMessage> events = AmiTrace.recorded("park-ami-and-pickup").events();
        TraceCut parked = TraceCut.after(events, event("ParkedCall"));

        pipeline.play(parked.before());

        assertThat(pipeline.events(CallParked.class)).singleElement().satisfies(park -> {
            assertThat(park.call()).isEqualTo(PARKED_CALL);
            assertThat(park.lot()).isEqualTo("default");
            assertThat(park.space()).isEqualTo("701");
            assertThat(park.parker()).isEqualTo("PJSIP/202");
            assertThat(park.timeout()).isEqualTo(Duration.ofSeconds(120));
        });
        assertThat(pipeline.mirror.parked()).extracting(ParkedCall::call, ParkedCall::lot, ParkedCall::space)
                .containsExactly(tuple(PARKED_CALL, "default", "701"));
        assertThat(pipeline.mirror.call(PARKED_CALL).orElseThrow().activeParties()).extracting(Party::state)
                .contains(PartyState.PARKED);

        pipeline.play(parked.rest());

        assertThat(pipeline.events(CallUnparked.class)).singleElement().satisfies(unpark -> {
            assertThat(unpark.call()).isEqualTo(PARKED_CALL);
            assertThat(unpark.space()).isEqualTo("701");
            assertThat(unpark.how()).isEqualTo(CallUnparked.How.PICKED_UP);
            assertThat(unpark.retriever()).contains("PJSIP/203");
        });
        AtRest.assertQuietAndClean(pipeline);
    }

    @Test
    void parkedByAmi_thePickupCallMergesIntoTheParkedOne_whichKeepsItsAnswer() {
        pipeline.play(AmiTrace.recorded("park-ami-and-pickup").events());

        assertThat(pipeline.events(CallEnded.class)).extracting(CallEnded::call, CallEnded::ending,
                CallEnded::continuedIn).containsExactly(
                        tuple(PICKUP_CALL, CallEnded.Ending.MERGED, Optional.of(PARKED_CALL)),
                        tuple(PARKED_CALL, CallEnded.Ending.HUNG_UP, Optional.empty()));
        var cdr = CallDetailRecords.of(pipeline.events(CallEnded.class).get(1));
        assertThat(cdr.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(cdr.direction()).isEqualTo(Direction.INBOUND);
        assertThat(cdr.queue()).contains("GeneralQueue");
        assertThat(cdr.answeredBy()).contains("PJSIP/202");
        assertThat(cdr.callerNumber()).isEqualTo("+3225550101");
    }

    @Test
    void blindTransfer_from202To204_theCallerEndsUpTalkingTo204() {
        List<AmiMessage> events = AmiTrace.recorded("transfer-blind-202-to-204").events();
        TraceCut talking = TraceCut.before(events, event("HangupRequest", "Channel", "PJSIP/204-"));

        pipeline.play(talking.before());

        assertThat(pipeline.events(CallTransferred.class)).singleElement().satisfies(transfer -> {
            assertThat(transfer.call()).isEqualTo(TRANSFERRED_CALL);
            assertThat(transfer.kind()).isEqualTo(CallTransferred.Kind.BLIND);
            assertThat(transfer.transferer()).isEqualTo("PJSIP/202");
            assertThat(transfer.transferee()).contains(new ChannelId("1795300792.26"));
            assertThat(transfer.target()).isEqualTo("204@internal");
        });
        Call call = pipeline.mirror.call(TRANSFERRED_CALL).orElseThrow();
        assertThat(call.activeParties()).extracting(Party::device, Party::state).containsExactly(
                tuple("PJSIP/trunk", PartyState.ESTABLISHED), tuple("PJSIP/204", PartyState.ESTABLISHED));
        assertThat(call.activeParties().get(0).bridgedPeer()).contains(call.activeParties().get(1).channel());
        assertThat(pipeline.mirror.phone("PJSIP/204").orElseThrow().status()).isEqualTo(PhoneStatus.BUSY_EXTERNAL);
        assertThat(pipeline.mirror.phone("PJSIP/202").orElseThrow().status()).isEqualTo(PhoneStatus.IDLE);

        pipeline.play(talking.rest());

        assertThat(pipeline.events(CallAnswered.class)).extracting(CallAnswered::device, CallAnswered::first)
                .containsExactly(tuple("PJSIP/202", true), tuple("PJSIP/204", false));
        assertThat(pipeline.events(CallEnded.class)).singleElement().satisfies(ended -> {
            assertThat(CallDetailRecords.of(ended).disposition()).isEqualTo(Disposition.ANSWERED);
            assertThat(CallDetailRecords.of(ended).answeredBy()).contains("PJSIP/202");
            assertThat(CallDetailRecords.of(ended).queue()).contains("GeneralQueue");
        });
        AtRest.assertQuietAndClean(pipeline);
    }
}
