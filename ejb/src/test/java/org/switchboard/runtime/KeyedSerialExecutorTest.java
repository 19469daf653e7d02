package org.switchboard.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.testkit.Await;

class KeyedSerialExecutorTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }

    private KeyedSerialExecutor lanes(int capacity, int parallelism) {
        return new KeyedSerialExecutor(pool, capacity, parallelism, (key, failure) -> failures.add(failure));
    }

    @Test
    void givenManyTasksPerKey_whenRun_thenEachKeySeesItsTasksInOrderAndNeverTwoAtOnce() {
        KeyedSerialExecutor lanes = lanes(100_000, 4);
        Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> inside = new ConcurrentHashMap<>();
        AtomicInteger overlaps = new AtomicInteger();
        for (int i = 0; i < 2_000; i++) {
            for (String key : List.of("a", "b", "c", "d", "e")) {
                int n = i;
                assertThat(lanes.submit(key, () -> {
                    if (inside.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() > 1) {
                        overlaps.incrementAndGet();
                    }
                    seen.computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>())).add(n);
                    inside.get(key).decrementAndGet();
                })).isTrue();
            }
        }

        Await.until("every task ran", () -> lanes.pending() == 0, WAIT);
        assertThat(overlaps).hasValue(0);
        assertThat(seen).hasSize(5).allSatisfy((key, numbers) ->
                assertThat(numbers).hasSize(2_000).isSorted());
    }

    @Test
    void givenAKeyWhoseTaskBlocks_whenOtherKeysSubmit_thenTheyRunAndTheBlockedKeyWaitsItsTurn() {
        KeyedSerialExecutor lanes = lanes(100, 2);
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        lanes.submit("slow", () -> await(release));
        lanes.submit("slow", () -> ran.add("slow-2"));
        lanes.submit("fast", () -> ran.add("fast-1"));
        lanes.submit("fast", () -> ran.add("fast-2"));

        Await.until("the fast key's tasks ran", () -> ran.size() == 2, WAIT);
        assertThat(ran).containsExactly("fast-1", "fast-2");
        release.countDown();
        Await.until("the slow key's second task ran", () -> ran.size() == 3, WAIT);
        assertThat(ran).endsWith("slow-2");
    }

    @Test
    void givenParallelismOne_whenTwoKeysBlock_thenOnlyOneThreadOfThePoolIsTaken() {
        KeyedSerialExecutor lanes = lanes(100, 1);
        AtomicInteger started = new AtomicInteger();
        lanes.submit("x", () -> {
            started.incrementAndGet();
            await(release);
        });
        lanes.submit("y", () -> {
            started.incrementAndGet();
            await(release);
        });

        Await.until("one task started", () -> started.get() == 1, WAIT);
        CountDownLatch otherPoolWork = new CountDownLatch(1);
        pool.execute(otherPoolWork::countDown);
        Await.until("the pool still serves others", () -> otherPoolWork.getCount() == 0, WAIT);
        assertThat(started).hasValue(1);
        release.countDown();
        Await.until("the second key ran after the first", () -> started.get() == 2, WAIT);
    }

    @Test
    void givenAFullBacklog_whenSubmitting_thenRefusedAtOnceWithoutBlocking_andAcceptedAgainOnceDrained() {
        KeyedSerialExecutor lanes = lanes(3, 1);
        assertThat(lanes.submit("k", () -> await(release))).isTrue();
        assertThat(lanes.submit("k", () -> { })).isTrue();
        assertThat(lanes.submit("other", () -> { })).isTrue();

        assertThat(lanes.submit("k", () -> { })).isFalse();
        assertThat(lanes.pending()).isEqualTo(3);

        release.countDown();
        Await.until("the backlog drained", () -> lanes.pending() == 0, WAIT);
        assertThat(lanes.submit("k", () -> { })).isTrue();
    }

    @Test
    void givenATaskThatThrows_whenRun_thenTheFailureIsReportedAndTheNextTaskOfTheKeyRuns() {
        KeyedSerialExecutor lanes = lanes(10, 1);
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        lanes.submit("k", () -> {
            throw new IllegalStateException("consumer broke");
        });
        lanes.submit("k", () -> {
            throw new StackOverflowError("deep");
        });
        lanes.submit("k", () -> ran.add("after"));

        Await.until("the task after the failures ran", () -> ran.contains("after"), WAIT);
        assertThat(failures).extracting(Throwable::getMessage).containsExactly("consumer broke", "deep");
        assertThat(lanes.pending()).isZero();
    }

    @Test
    void givenParallelismOne_whenATaskThrowsACheckedExceptionThroughAProxy_thenTheOnlyWorkerSurvivesForOtherKeys() {
        KeyedSerialExecutor lanes = lanes(10, 1);
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        lanes.submit("k", () -> sneakyThrow(new java.io.IOException("commit failed")));
        Await.until("the failure was reported", () -> failures.size() == 1, WAIT);
        lanes.submit("other", () -> ran.add("other"));

        Await.until("another key ran on the one worker", () -> ran.contains("other"), WAIT);
        assertThat(failures).extracting(Throwable::getMessage).containsExactly("commit failed");
    }

    /** Throws a checked exception where the compiler does not see one, as a container's proxy may. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable e) throws E {
        throw (E) e;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
