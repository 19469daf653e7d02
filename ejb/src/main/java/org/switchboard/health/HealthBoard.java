package org.switchboard.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.switchboard.health.model.Availability;
import org.switchboard.health.model.AvailabilityVerdict;
import org.switchboard.health.model.FencingStance;
import org.switchboard.health.model.Probe;
import org.switchboard.health.model.ProbeHistory;
import org.switchboard.health.model.ProbeLevel;
import org.switchboard.health.model.ProbeReading;
import org.switchboard.health.model.ProbeSchedule;
import org.switchboard.pbx.PbxLinkChanged;
import org.switchboard.runtime.LogContext;

/**
 * The site's health: runs every {@link ProbeCheck} each {@link ProbeSchedule#interval()} on the managed executor
 * (never on the timer's thread), each within {@link ProbeSchedule#deadline()} ({@link ProbeRounds}), keeps the latest reading and the last
 * {@link ProbeHistory#BOUND} readings of each probe, and derives the one verdict ({@link AvailabilityVerdict}) from
 * them and the fencing's stance, which the fencing pushes here. A change of verdict is logged once, with its
 * reason, and fired as {@link VerdictChanged}; every FAILED reading of a critical probe is fired as
 * {@link CriticalProbeFailed}. Nobody can set the verdict: OPTIONS, the health resources and the pages read it.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class HealthBoard {

    @Inject
    @Any
    Instance<ProbeCheck> checks;

    @Inject
    Clock clock;

    @Inject
    Event<VerdictChanged> verdictChanged;

    @Inject
    Event<CriticalProbeFailed> criticalProbeFailed;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<Probe, ProbeHistory> histories = new EnumMap<>(Probe.class);
    private final Object verdictLock = new Object();
    private ProbeSchedule schedule;
    private List<ProbeCheck> installed;
    private ProbeRounds probeRounds;
    private ScheduledFuture<?> rounds;
    private volatile FencingStance stance =
            new FencingStance(Optional.empty(), Optional.of("the fencing flags are not read yet"));
    private volatile Availability verdict = Availability.unavailable("starting: no probe has run yet");
    private volatile Instant lastRound;

    @PostConstruct
    void start() {
        schedule = ProbeSchedule.from(System::getProperty);
        installed = checks.stream().sorted(Comparator.comparing(ProbeCheck::probe)).toList();
        installed.forEach(check -> histories.put(check.probe(), new ProbeHistory()));
        probeRounds = new ProbeRounds(installed, executor, clock, schedule.deadline(), this::record);
        lastRound = clock.instant();
        HealthLog.LOG.probing(installed.stream().map(c -> c.probe().name()).collect(Collectors.joining(", ")),
                schedule.interval().toString(), schedule.deadline().toString());
        rounds = scheduler.scheduleWithFixedDelay(this::round, 0, schedule.interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }

    /** The verdict now. */
    public Availability verdict() {
        return verdict;
    }

    /**
     * The verdict of this site's parts alone, as if the fencing flags were clear: the same rule without the flags'
     * refusal and the start barrier. It tells the operator whether an activate would bring the site to take calls
     * (the runbook's check before the recovery).
     */
    public Availability partsVerdict() {
        return AvailabilityVerdict.decide(installed(), latestByProbe(), FencingStance.NONE);
    }

    private Map<Probe, ProbeReading> latestByProbe() {
        Map<Probe, ProbeReading> latest = new EnumMap<>(Probe.class);
        latest().forEach(reading -> latest.put(reading.probe(), reading));
        return latest;
    }

    /** The fencing's stance changed (flags, start barrier): the verdict is derived again at once. */
    public void stance(FencingStance now) {
        stance = now;
        recompute();
    }

    /** The probes this board runs, in catalogue order. */
    public List<Probe> installed() {
        return installed.stream().map(ProbeCheck::probe).toList();
    }

    /** The latest reading of each probe that has run, in catalogue order. */
    public List<ProbeReading> latest() {
        synchronized (histories) {
            return histories.values().stream().map(ProbeHistory::latest).flatMap(Optional::stream).toList();
        }
    }

    /** The kept readings of {@code probe}, oldest first; empty for a probe not installed. */
    public List<ProbeReading> history(Probe probe) {
        synchronized (histories) {
            ProbeHistory history = histories.get(probe);
            return history == null ? List.of() : history.readings();
        }
    }

    /** Whether the scheduler still runs rounds: the last one started within {@link ProbeSchedule#livenessLimit()}. */
    public boolean alive() {
        return Duration.between(lastRound, clock.instant()).compareTo(schedule.livenessLimit()) < 0;
    }

    public Instant lastRound() {
        return lastRound;
    }

    public ProbeSchedule schedule() {
        return schedule;
    }

    /**
     * The PBX link changed (lost, back, synchronised): a round starts now rather than at the next tick, so a lost
     * link refuses calls within the probes' own time. Returns at once (the round runs on the executor; a probe still
     * running is not started twice).
     */
    public void onPbxLinkChanged(@Observes PbxLinkChanged changed) {
        HealthLog.LOG.roundOnLinkChange(changed.kind().name());
        executor.execute(this::round);
    }

    @SuppressWarnings("try") // the log context is only opened and closed
    private void round() {
        try (LogContext ignored = LogContext.only()) {
            lastRound = clock.instant();
            probeRounds.run();
        } catch (RuntimeException e) {
            HealthLog.LOG.warnf(e, "A probe round failed to start"); // the next round tries again
        }
    }

    @SuppressWarnings("try") // the log context is only opened and closed
    private void record(ProbeReading reading) {
        try (LogContext ignored = LogContext.only()) {
            Optional<ProbeReading> before;
            synchronized (histories) {
                ProbeHistory history = histories.get(reading.probe());
                if (history == null) {
                    return; // a check that answered for another probe than its own: not installed here
                }
                before = history.latest();
                history.add(reading);
            }
            logChange(before, reading);
            if (reading.probe().critical() && reading.level().failed()) {
                criticalProbeFailed.fire(new CriticalProbeFailed(reading));
            }
            recompute();
        }
    }

    /** Logs a probe's level when it changes (the first reading only when it is not OK). */
    private static void logChange(Optional<ProbeReading> before, ProbeReading now) {
        if (before.isPresent() && before.get().level() == now.level()) {
            return;
        }
        if (now.level() == ProbeLevel.OK) {
            if (before.isPresent()) {
                HealthLog.LOG.probeRecovered(now.probe().label(), now.level().name(), now.value());
            }
            return;
        }
        HealthLog.LOG.probeChanged(now.probe().label(), before.map(r -> r.level().name()).orElse("NOT RUN"),
                now.level().name(), now.detail(), now.value());
    }

    private void recompute() {
        Availability before;
        Availability now;
        synchronized (verdictLock) {
            now = AvailabilityVerdict.decide(installed(), latestByProbe(), stance);
            before = verdict;
            verdict = now;
            if (now.equals(before)) {
                return;
            }
            if (now instanceof Availability.Unavailable refusing) {
                HealthLog.LOG.refusingCalls(refusing.reason(), AvailabilityVerdict.describe(before));
            } else {
                HealthLog.LOG.takingCalls(((Availability.Unavailable) before).reason());
            }
        }
        verdictChanged.fire(new VerdictChanged(before, now)); // outside the lock: observers read verdict() afresh
    }
}
