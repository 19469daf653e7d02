package org.switchboard.pbx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.call.model.CallAnswered;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallOffered;
import org.switchboard.pbx.model.CommandResult;
import org.switchboard.pbx.model.PbxCommand;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.demo.DemoOffice;
import org.switchboard.pbx.scripted.demo.DemoOfficeDay;
import org.switchboard.pbx.scripted.demo.ReceptionLine;
import org.switchboard.testkit.Await;

/**
 * The demo PBX's office day, the stream a newcomer sees, goes through the real pipeline without a single
 * anomaly: every scenario the demo plays (queues, parking, transfers, hold, busy, outbound) fits the model.
 */
class DemoOfficeDayPipelineTest {

    private static final int CALLS = 300;
    private static final double SPEED = 100;

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

    @Test
    void givenTheDemoOfStartSh_whenAConsoleLogsDesk201In_thenReceptionCallsRingItAndTheModelSeesItAnswer()
            throws Exception {
        Clock clock = Clock.systemUTC();
        DemoOffice office = DemoOffice.consoleReception();
        try (Pipeline pipeline = Pipeline.connected(office.startupSync(clock), server -> server.pace(SPEED))) {
            pipeline.play(office.bootEvents(clock));
            DemoOfficeDay demo = new DemoOfficeDay(office, clock, executor, pipeline.server.daySink(), 20261126L, SPEED)
                    .reception(ReceptionLine.of(pipeline.server.office()));
            pipeline.server.onControl(demo::release);
            CommandResult loggedIn = pipeline.connection.commands().send(new PbxCommand.QueueAdd("GeneralQueue",
                    "PJSIP/201", "Demo desk 1", "PJSIP/201", 0, false, "")).toCompletableFuture()
                    .get(Pipeline.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(loggedIn).isInstanceOf(CommandResult.Done.class);

            demo.start();
            Await.until("a reception call answered at desk 201", () -> pipeline.events(CallAnswered.class).stream()
                    .anyMatch(answer -> answer.device().equals("PJSIP/201") && queued(pipeline, answer)),
                    Duration.ofSeconds(30));
            demo.stop();

            assertThat(pipeline.anomalies()).as("anomalies").isEmpty();
        }
    }

    private static boolean queued(Pipeline pipeline, CallAnswered answer) {
        return pipeline.events(CallOffered.class).stream().anyMatch(offer -> offer.call().equals(answer.call())
                && offer.target().equals(new CallOffered.ToQueue("GeneralQueue")));
    }
}
