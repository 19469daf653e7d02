package org.switchboard.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.health.model.Probe;
import org.switchboard.health.model.ProbeLevel;
import org.switchboard.health.model.ProbeReading;
import org.switchboard.testkit.Await;

class ProbeRoundsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Duration DEADLINE = Duration.ofMillis(300);

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<ProbeReading> readings = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        executor.shutdownNow();
    }

    @Test
    void aCheckThatAnswersInTime_isRecordedAsItAnswered_offTheCallersThread() {
        Thread caller = Thread.currentThread();
        AtomicInteger ranOnCaller = new AtomicInteger();
        ProbeRounds rounds = rounds(check(Probe.MEMORY, now -> {
            if (Thread.currentThread() == caller) {
                ranOnCaller.incrementAndGet();
            }
            return new ProbeReading(Probe.MEMORY, ProbeLevel.OK, "40 % used", "", now, Duration.ZERO);
        }));

        rounds.run();

        Await.until("the memory reading", () -> readings.size() == 1, PATIENCE);
        assertThat(readings.get(0).value()).isEqualTo("40 % used");
        assertThat(ranOnCaller).hasValue(0);
    }

    @Test
    void aCheckThatDoesNotReturnInTime_readsFailedTimedOut_andIsNotStartedAgainUntilItReturns() {
        AtomicInteger started = new AtomicInteger();
        ProbeRounds rounds = rounds(check(Probe.SIP_SELF_TEST, now -> {
            started.incrementAndGet();
            await(release);
            return new ProbeReading(Probe.SIP_SELF_TEST, ProbeLevel.OK, "answered", "", now, Duration.ZERO);
        }));

        rounds.run();
        Await.until("the timed-out reading", () -> readings.size() == 1, PATIENCE);
        rounds.run();
        rounds.run();

        ProbeReading timedOut = readings.get(0);
        assertThat(timedOut.level()).isEqualTo(ProbeLevel.FAILED);
        assertThat(timedOut.detail()).isEqualTo("timed out: no answer within PT0.3S");
        assertThat(started).hasValue(1);

        release.countDown();
        // each poll starts a round, and a check that returns at once may be started again before the poll reads the
        // count: a second start or more, never exactly two (CI run 6 saw three and waited forever)
        Await.until("the check to be started again once it returned", () -> {
            rounds.run();
            return started.get() >= 2;
        }, PATIENCE);
    }

    @Test
    void aCheckThatThrowsOrAnswersNothing_readsFailedWithTheReason() {
        ProbeRounds rounds = rounds(check(Probe.DISK_DATA, now -> {
            throw new IllegalStateException("no such partition");
        }), check(Probe.DISK_ROOT, now -> null));

        rounds.run();

        Await.until("both readings", () -> readings.size() == 2, PATIENCE);
        assertThat(readings).allSatisfy(reading -> assertThat(reading.level()).isEqualTo(ProbeLevel.FAILED));
        assertThat(readings).anySatisfy(reading -> assertThat(reading.detail()).contains("no such partition"));
        assertThat(readings).anySatisfy(reading -> assertThat(reading.detail()).isEqualTo("the check returned nothing"));
    }

    private ProbeRounds rounds(ProbeCheck... checks) {
        return new ProbeRounds(List.of(checks), executor, Clock.systemUTC(), DEADLINE, readings::add);
    }

    private static ProbeCheck check(Probe probe, Function<Instant, ProbeReading> answer) {
        return new ProbeCheck() {
            @Override
            public Probe probe() {
                return probe;
            }

            @Override
            public ProbeReading check(Instant now) {
                return answer.apply(now);
            }
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
