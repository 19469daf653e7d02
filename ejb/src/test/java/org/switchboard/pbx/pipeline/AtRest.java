package org.switchboard.pbx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;
import org.switchboard.pbx.mirror.PbxMirror;
import org.switchboard.phone.model.Phone;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.queue.model.Queue;

/** What a receptionist expects to see once a scenario is over: a quiet office and a trustworthy board. */
final class AtRest {

    private AtRest() {
    }

    /** No live call, nothing parked, nobody waiting, every phone idle, the mirror synchronised. */
    static void assertQuiet(PbxMirror mirror) {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(mirror.calls()).as("live calls").isEmpty();
        soft.assertThat(mirror.parked()).as("parked calls").isEmpty();
        soft.assertThat(mirror.queues()).as("queues").isNotEmpty()
                .flatExtracting(Queue::callers).as("waiting callers").isEmpty();
        soft.assertThat(mirror.phones()).as("phones").isNotEmpty()
                .extracting(Phone::status).as("phone statuses").containsOnly(PhoneStatus.IDLE);
        soft.assertThat(mirror.stale()).as("stale (" + mirror.status().staleReason() + ")").isFalse();
        soft.assertAll();
    }

    /** {@link #assertQuiet(PbxMirror)}, and the models met nothing they could not fit. */
    static void assertQuietAndClean(Pipeline pipeline) {
        assertQuiet(pipeline.mirror);
        assertThat(pipeline.anomalies()).as("anomalies").isEmpty();
    }
}
