package org.switchboard.pbx.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallOffered;
import org.switchboard.phone.model.Phone;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.queue.model.Queue;
import org.switchboard.shared.model.CallId;

/**
 * Every recorded session, Asterisk 20 with PJSIP and with chan_sip and Asterisk 22's action sessions, through
 * the translator and the models: not one anomaly, the office at rest at the end, every call that was
 * offered ended exactly once, and none of them vanished.
 */
class EveryRecordedSessionTest {

    static List<String> recorded() {
        return AmiTrace.RECORDED;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recorded")
    void givenARecordedSession_whenReplayedThroughTheModels_thenNoAnomalyAndTheOfficeIsAtRest(String name) {
        RecordedReplay replay = new RecordedReplay(name).all();

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(replay.anomalies()).as("anomalies").isEmpty();
        soft.assertThat(replay.mirror.calls()).as("live calls").isEmpty();
        soft.assertThat(replay.mirror.parked()).as("parked calls").isEmpty();
        soft.assertThat(replay.mirror.queues()).flatExtracting(Queue::callers).as("waiting callers").isEmpty();
        soft.assertThat(replay.mirror.phones()).as("phones").isNotEmpty().extracting(Phone::status)
                .as("phone statuses").containsOnly(PhoneStatus.IDLE);
        List<CallId> offered = replay.events(CallOffered.class).stream().map(CallOffered::call).distinct().toList();
        soft.assertThat(replay.events(CallEnded.class)).extracting(CallEnded::call).as("ended calls")
                .doesNotHaveDuplicates().containsAll(offered);
        soft.assertThat(replay.events(CallEnded.class)).extracting(CallEnded::ending).as("endings")
                .doesNotContain(CallEnded.Ending.VANISHED);
        soft.assertAll();
        assertThat(replay.mirror.stale()).isFalse();
    }
}
