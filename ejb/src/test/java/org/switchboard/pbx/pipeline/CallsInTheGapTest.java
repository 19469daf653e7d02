package org.switchboard.pbx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.pbx.pipeline.TraceCut.event;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.call.model.CallAnswered;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallRecovered;
import org.switchboard.cdr.model.CallDetailRecord;
import org.switchboard.cdr.model.CallDetailRecords;
import org.switchboard.call.model.Direction;
import org.switchboard.cdr.model.Disposition;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.shared.model.CallId;

/**
 * Calls whose start or end falls in a gap of the link: the resync can only say what the PBX still shows, so
 * a call that started meanwhile is recovered, and one that ended meanwhile ends as VANISHED, each once, at
 * the last moment it was known to live, and its record says that the end is estimated.
 */
class CallsInTheGapTest {

    private static final CallId CALL = new CallId("1795300710.2");

    private final Pipeline pipeline = Pipeline.connected();
    private final List<AmiMessage> events = AmiTrace.recorded("incoming-queue-answered-202").events();
    private final TraceCut talking = TraceCut.after(events, event("BridgeEnter", "Channel", "PJSIP/trunk-"));

    @AfterEach
    void close() {
        pipeline.close();
    }

    @Test
    void givenACallThatStartedAndWasAnsweredWhileTheLinkWasDown_thenItIsRecoveredAndEndsNormally() {
        pipeline.dropLinkWhile(() -> emitUntilDone(talking.before()));
        pipeline.awaitSynchronized(2);

        assertThat(pipeline.events(CallRecovered.class)).extracting(CallRecovered::call).containsExactly(CALL);
        assertThat(pipeline.events(CallAnswered.class)).singleElement().satisfies(answered -> {
            assertThat(answered.call()).isEqualTo(CALL);
            assertThat(answered.device()).isEqualTo("PJSIP/202");
            assertThat(answered.first()).isTrue();
        });
        pipeline.play(talking.rest());

        CallEnded ended = onlyEnd();
        assertThat(ended.ending()).isEqualTo(CallEnded.Ending.HUNG_UP);
        CallDetailRecord cdr = CallDetailRecords.of(ended);
        assertThat(cdr.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(cdr.direction()).isEqualTo(Direction.INBOUND);
        assertThat(cdr.answeredBy()).contains("PJSIP/202");
        assertThat(cdr.callerNumber()).isEqualTo("+3225550101");
        assertThat(cdr.talked()).isPositive();
        assertThat(cdr.queue()).contains("GeneralQueue");
        assertThat(cdr.calledNumber()).as("the trunk is at reception,s when the snapshot is taken").isEmpty();
        assertThat(cdr.answer()).contains(pipeline.events(CallAnswered.class).get(0).at());
        AtRest.assertQuietAndClean(pipeline);
    }

    @Test
    void givenACallThatEndedWhileTheLinkWasDown_thenItEndsOnceAsVanishedAtTheLastMomentTheLinkHeardThePbx() {
        pipeline.play(talking.before());
        pipeline.clockAt(talking.before().get(talking.before().size() - 1));
        pipeline.flush();
        Instant lastHeard = pipeline.clock.instant();

        pipeline.dropLinkWhile(() -> {
            pipeline.server.emit(talking.rest());
            pipeline.clock.advance(Duration.ofSeconds(15));
        });
        pipeline.awaitSynchronized(2);
        pipeline.flush();

        CallEnded ended = onlyEnd();
        assertThat(ended.call()).isEqualTo(CALL);
        assertThat(ended.ending()).isEqualTo(CallEnded.Ending.VANISHED);
        assertThat(ended.at()).as("not the snapshot's time, 15 s later").isEqualTo(lastHeard);
        assertThat(ended.endEstimated()).isTrue();
        CallDetailRecord cdr = CallDetailRecords.of(ended);
        assertThat(cdr.end()).isEqualTo(lastHeard);
        assertThat(cdr.endEstimated()).isTrue();
        assertThat(cdr.talked()).isEqualTo(Duration.between(cdr.answer().orElseThrow(), lastHeard));
        assertThat(cdr.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(cdr.answeredBy()).contains("PJSIP/202");
        assertThat(cdr.queue()).contains("GeneralQueue");
        assertThat(cdr.calledNumber()).isEqualTo("9000");
        AtRest.assertQuietAndClean(pipeline);
    }

    /** The PBX goes through these events; our clock then reads the time of the last one, as the PBX's would. */
    private void emitUntilDone(List<AmiMessage> gap) {
        pipeline.server.emit(gap);
        pipeline.clockAt(gap.get(gap.size() - 1));
    }

    private CallEnded onlyEnd() {
        assertThat(pipeline.events(CallEnded.class)).hasSize(1);
        return pipeline.events(CallEnded.class).get(0);
    }
}
