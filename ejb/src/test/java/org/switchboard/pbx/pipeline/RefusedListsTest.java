package org.switchboard.pbx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.call.model.CallEnded;
import org.switchboard.pbx.ami.AmiConnection;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.pbx.scripted.Reaction;
import org.switchboard.testkit.logging.LogCapture;

/**
 * A PBX that refuses some list actions (its manager user lacks a read permission) never keeps the link down: the
 * snapshot goes on without those lists, the models keep what they had of those parts and say they are stale,
 * and the live events go on being followed.
 */
class RefusedListsTest {

    private final AtomicBoolean refusing = new AtomicBoolean();
    private final Pipeline pipeline = Pipeline.connected(server -> {
        server.onAction("CoreShowChannels", (action, standard) -> refusing.get()
                ? Reaction.error("Permission denied") : standard);
        server.onAction("QueueStatus", (action, standard) -> refusing.get()
                ? Reaction.error("Permission denied") : standard);
    });

    @AfterEach
    void close() {
        pipeline.close();
    }

    @Test
    void givenACallInTheQueue_whenAResyncIsRefusedItsChannelsAndQueues_thenTheCallStaysAndEndsNormally() {
        List<AmiMessage> call = AmiTrace.recorded("incoming-queue-answered-202").events();
        int joined = firstOf(call, "QueueCallerJoin") + 1;
        pipeline.play(call.subList(0, joined));
        assertThat(pipeline.mirror.calls()).hasSize(1);

        refusing.set(true);
        try (LogCapture log = LogCapture.of("org.switchboard.pbx.ami")) {
            pipeline.connection.resyncNow();
            pipeline.awaitSynchronized(2);

            assertThat(log.matching(line -> line.message().contains("SWB1016"))).hasSize(2)
                    .allSatisfy(line -> assertThat(line.message()).contains("Permission denied"));
        }
        assertThat(pipeline.connection.state()).isEqualTo(AmiConnection.State.CONNECTED);
        assertThat(pipeline.connection.stats().disconnects()).isZero();
        assertThat(pipeline.mirror.calls()).hasSize(1);
        assertThat(pipeline.mirror.queue("GeneralQueue").orElseThrow().callers()).hasSize(1);
        assertThat(pipeline.mirror.stale()).isTrue();
        assertThat(pipeline.mirror.status().staleReason()).contains("channels (CoreShowChannels: Permission denied)")
                .contains("queues (QueueStatus: Permission denied)");

        pipeline.play(call.subList(joined, call.size()));

        assertThat(pipeline.events(CallEnded.class)).singleElement()
                .satisfies(ended -> assertThat(ended.ending()).isEqualTo(CallEnded.Ending.HUNG_UP));
        assertThat(pipeline.anomalies()).isEmpty();

        refusing.set(false);
        pipeline.connection.resyncNow();
        pipeline.awaitSynchronized(3);
        AtRest.assertQuietAndClean(pipeline);
    }

    private static int firstOf(List<AmiMessage> events, String type) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).type().equals(type)) {
                return i;
            }
        }
        throw new AssertionError("no " + type);
    }
}
