package org.switchboard.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.switchboard.health.model.Probe;
import org.switchboard.health.model.ProbeLevel;
import org.switchboard.health.model.ProbeReading;

/**
 * One round of every probe: each check runs on the executor (never on the caller's thread), within the deadline.
 * A check that does not return in time reads FAILED "timed out", and is not started again until it returns; one
 * that throws or returns nothing reads FAILED with the reason. Every reading goes to the sink, on the executor.
 */
final class ProbeRounds {

    private final List<ProbeCheck> checks;
    private final Executor executor;
    private final Clock clock;
    private final Duration deadline;
    private final Consumer<ProbeReading> sink;
    private final Map<Probe, AtomicBoolean> running = new EnumMap<>(Probe.class);

    ProbeRounds(List<ProbeCheck> checks, Executor executor, Clock clock, Duration deadline, Consumer<ProbeReading> sink) {
        this.checks = List.copyOf(checks);
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.checks.forEach(check -> running.put(check.probe(), new AtomicBoolean()));
    }

    /** Starts a check of every probe that is not still running; returns at once. */
    void run() {
        checks.forEach(this::runOne);
    }

    private void runOne(ProbeCheck check) {
        Probe probe = check.probe();
        AtomicBoolean busy = running.get(probe);
        if (!busy.compareAndSet(false, true)) {
            return; // still running: its deadline already recorded it as timed out
        }
        Instant started = clock.instant();
        CompletableFuture.supplyAsync(() -> {
            try {
                return checked(check);
            } finally {
                busy.set(false);
            }
        }, executor)
                .completeOnTimeout(null, deadline.toMillis(), TimeUnit.MILLISECONDS)
                .thenAcceptAsync(reading -> sink.accept(reading != null ? reading
                        : failed(probe, started, "timed out: no answer within " + deadline)), executor);
    }

    private ProbeReading checked(ProbeCheck check) {
        Instant now = clock.instant();
        try {
            ProbeReading reading = check.check(now);
            return reading != null ? reading : failed(check.probe(), now, "the check returned nothing");
        } catch (RuntimeException e) {
            return failed(check.probe(), now, "the check failed: " + e);
        }
    }

    private ProbeReading failed(Probe probe, Instant at, String detail) {
        return new ProbeReading(probe, ProbeLevel.FAILED, "no reading", detail, at, Duration.between(at, clock.instant()));
    }
}
