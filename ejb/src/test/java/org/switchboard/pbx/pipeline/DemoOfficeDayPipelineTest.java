package org.switchboard.pbx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallOffered;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.demo.DemoOffice;
import org.switchboard.pbx.scripted.demo.DemoOfficeDay;
import org.switchboard.testkit.Await;

/**
 * The demo PBX's office day, the stream a newcomer sees, goes through the real pipeline without a single
 * anomaly: every scenario the demo plays (queues, parking, transfers, hold, busy, outbound) fits the model.
 */
class DemoOfficeDayPipelineTest {

    private static final int CALLS = 300;

    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(2);

    @AfterEach
    void shutDown() {
        executor.shutdownNow();
    }

    @Test
    void givenManyDemoCalls_whenPlayedThroughThePipeline_thenNoAnomalyAndEveryCallEndsOnce() {
        Clock clock = Clock.systemUTC();
        DemoOffice office = DemoOffice.standard();
        List<AmiMessage> day = new CopyOnWriteArrayList<>();
        DemoOfficeDay demo = new DemoOfficeDay(office, clock, executor, day::add, 20261122L, 5_000);
        demo.start();
        Await.until("demo calls finished", () -> demo.callsFinished() >= CALLS, Duration.ofSeconds(60));
        demo.stop();

        try (Pipeline pipeline = Pipeline.connected()) {
            pipeline.play(office.bootEvents(clock));
            pipeline.play(day);

            assertThat(pipeline.anomalies()).as("anomalies").isEmpty();
            List<CallEnded> ended = pipeline.events().stream().filter(CallEnded.class::isInstance)
                    .map(CallEnded.class::cast).toList();
            assertThat(ended).hasSizeGreaterThanOrEqualTo(CALLS);
            assertThat(ended).extracting(CallEnded::call).doesNotHaveDuplicates();
            assertThat(pipeline.events()).filteredOn(CallOffered.class::isInstance).isNotEmpty();
            AtRest.assertQuietAndClean(pipeline);
        }
    }
}
