package org.switchboard.pbx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.pbx.pipeline.TraceCut.event;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallRecovered;
import org.switchboard.call.model.Direction;
import org.switchboard.cdr.model.Disposition;
import org.switchboard.cdr.model.CallDetailRecords;
import org.switchboard.pbx.model.ConnectionEvent.PbxFullyBooted;
import org.switchboard.pbx.model.DeviceState;
import org.switchboard.pbx.scripted.AmiFaults;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.shared.model.CallId;

/**
 * The PBX restarts in the middle of a call: the link drops, the calls are gone on the PBX, and the resync
 * after the new login must leave no phantom behind, end the interrupted call exactly once, and let the next
 * call go through normally.
 */
class PbxRestartTest {

    private final Pipeline pipeline = Pipeline.connected();

    @AfterEach
    void close() {
        pipeline.close();
    }

    @Test
    void givenAnAnsweredQueueCall_whenThePbxRestarts_thenItEndsOnceWithWhatWasKnown_andNoPhantomRemains() {
        var events = AmiTrace.recorded("incoming-queue-answered-202").events();
        pipeline.play(TraceCut.after(events, event("BridgeEnter", "Channel", "PJSIP/trunk-")).before());

        restartAndResync();

        assertThat(pipeline.events(CallEnded.class)).singleElement().satisfies(ended -> {
            assertThat(ended.call()).isEqualTo(new CallId("1795300710.2"));
            assertThat(ended.ending()).isEqualTo(CallEnded.Ending.VANISHED);
            assertThat(CallDetailRecords.of(ended).disposition()).isEqualTo(Disposition.ANSWERED);
            assertThat(CallDetailRecords.of(ended).answeredBy()).contains("PJSIP/202");
            assertThat(CallDetailRecords.of(ended).queue()).contains("GeneralQueue");
        });
        assertThat(pipeline.mirror.phone("PJSIP/202").orElseThrow().deviceState()).isEqualTo(DeviceState.NOT_INUSE);
        AtRest.assertQuietAndClean(pipeline);
        assertANewCallGoesThroughNormally();
    }

    @Test
    void givenAParkedCall_whenThePbxRestarts_thenTheLotIsEmptyAndTheCallEndedOnce() {
        var events = AmiTrace.recorded("park-ami-and-pickup").events();
        pipeline.play(TraceCut.after(events, event("ParkedCall")).before());
        assertThat(pipeline.mirror.parked()).hasSize(1);

        restartAndResync();

        assertThat(pipeline.events(CallEnded.class)).extracting(CallEnded::call, CallEnded::ending)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new CallId("1795300766.16"),
                        CallEnded.Ending.VANISHED));
        AtRest.assertQuietAndClean(pipeline);
        assertANewCallGoesThroughNormally();
    }

    private void restartAndResync() {
        AmiFaults.of(pipeline.server).restartPbx();
        pipeline.awaitSynchronized(2);
        pipeline.flush();
        assertThat(pipeline.pbxEvents()).filteredOn(PbxFullyBooted.class::isInstance).isNotEmpty();
        assertThat(pipeline.events(CallRecovered.class)).isEmpty();
    }

    private void assertANewCallGoesThroughNormally() {
        Pipeline.Mark before = pipeline.mark();
        pipeline.play(AmiTrace.recorded("internal-203-to-204").events());

        assertThat(pipeline.eventsSince(before, CallEnded.class)).singleElement().satisfies(ended -> {
            assertThat(ended.ending()).isEqualTo(CallEnded.Ending.HUNG_UP);
            assertThat(CallDetailRecords.of(ended).disposition()).isEqualTo(Disposition.ANSWERED);
            assertThat(CallDetailRecords.of(ended).direction()).isEqualTo(Direction.INTERNAL);
            assertThat(CallDetailRecords.of(ended).answeredBy()).contains("PJSIP/204");
        });
        assertThat(pipeline.anomaliesSince(before)).isEmpty();
        AtRest.assertQuiet(pipeline.mirror);
    }
}
