package org.switchboard.pbx.scripted.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.state.PbxState;

class DemoOfficeDayTest {

    private final Clock clock = Clock.systemUTC();
    private final DemoOffice office = DemoOffice.standard();
    private final PbxState state = new PbxState(clock);
    private final List<AmiMessage> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger mostCallsAtOnce = new AtomicInteger();
    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(3);
    private final AtomicReference<DemoOfficeDay> day = new AtomicReference<>();
    private final List<Consumer<DemoOfficeDay>> conditions = new CopyOnWriteArrayList<>();

    DemoOfficeDayTest() {
        executor.setRemoveOnCancelPolicy(true);
        state.seed(office.startupSync(clock));
        office.bootEvents(clock).forEach(state::apply);
    }

    @AfterEach
    void shutDown() {
        executor.shutdownNow();
    }

    @Test
    void givenAFastDay_whenItRuns_thenManyCallsOverlapEndAndStopLeavesNoTaskAndNoCall() throws InterruptedException {
        // which calls overlap, and so which scenarios fit the free phones, depends on the threads' timing: wait
        // for a reception call too rather than hope one is among the first forty
        CountDownLatch fortyCallsDone = until(running -> running.callsFinished() >= 40 && sent.stream()
                .map(AmiMessage::type).toList().containsAll(List.of("QueueCallerJoin", "AgentConnect")));
        day.set(new DemoOfficeDay(office, clock, executor, this::receive, 20261123L, 2_000));

        day.get().start();

        assertThat(fortyCallsDone.await(30, TimeUnit.SECONDS)).as("forty calls, a reception call among them, done in time")
                .isTrue();
        assertThat(mostCallsAtOnce.get()).as("most calls at once").isGreaterThanOrEqualTo(3)
                .isLessThanOrEqualTo(DemoOfficeDay.MAX_CALLS);
        day.get().stop();
        assertThat(day.get().callsInProgress()).isZero();
        assertThat(day.get().callsFinished()).isEqualTo(day.get().callsStarted());
        assertThat(executor.getQueue()).as("scheduled tasks").isEmpty();
        PbxAtRest.assertAtRest(state, office);
        List<BigDecimal> stamps = sent.stream().map(event -> new BigDecimal(event.getOr("Timestamp", ""))).toList();
        assertThat(stamps).as("one event at a time, in order").isSorted().doesNotHaveDuplicates();
        assertThat(sent).extracting(AmiMessage::type)
                .contains("QueueCallerJoin", "AgentConnect", "DialBegin", "BridgeEnter", "Hangup");
    }

    @Test
    void givenARealTimeDay_whenStoppedDuringItsFirstCall_thenThatCallIsPlayedToItsEndAtOnce()
            throws InterruptedException {
        CountDownLatch firstCallBegun = until(running -> running.callsInProgress() == 1);
        day.set(new DemoOfficeDay(office, clock, executor, this::receive, 7L, 1));

        day.get().start();
        assertThat(firstCallBegun.await(10, TimeUnit.SECONDS)).isTrue();
        day.get().stop();

        assertThat(day.get().callsStarted()).isEqualTo(1);
        assertThat(day.get().callsFinished()).isEqualTo(1);
        assertThat(executor.getQueue()).as("scheduled tasks").isEmpty();
        assertThat(sent).extracting(AmiMessage::type).contains("Newchannel", "Hangup");
        PbxAtRest.assertAtRest(state, office);
    }

    /** A latch that opens the first time an event reaches the sink while the day satisfies the condition. */
    private CountDownLatch until(Predicate<DemoOfficeDay> condition) {
        CountDownLatch latch = new CountDownLatch(1);
        conditions.add(running -> {
            if (condition.test(running)) {
                latch.countDown();
            }
        });
        return latch;
    }

    private void receive(AmiMessage event) {
        state.apply(event);
        sent.add(event);
        DemoOfficeDay running = day.get();
        mostCallsAtOnce.accumulateAndGet(running.callsInProgress(), Math::max);
        conditions.forEach(condition -> condition.accept(running));
    }
}
