package org.switchboard.health.model;

import java.time.Duration;
import java.util.function.UnaryOperator;

import org.switchboard.shared.model.SettingSource;

/**
 * How often the probes run and how long one may take, read once.
 *
 * @param interval between two rounds of every probe ({@code SWB_HEALTH_PROBE_INTERVAL}, default 2 s)
 * @param deadline how long one check may take before it reads FAILED "timed out" ({@code SWB_HEALTH_PROBE_DEADLINE},
 *        default 5 s); a check still running is not started again until it returns
 */
public record ProbeSchedule(Duration interval, Duration deadline) {

    public static final String INTERVAL = "switchboard.health.probe-interval";
    public static final String DEADLINE = "switchboard.health.probe-deadline";

    public static ProbeSchedule from(UnaryOperator<String> source) {
        SettingSource settings = new SettingSource(source);
        return new ProbeSchedule(settings.duration(INTERVAL, Duration.ofSeconds(2)),
                settings.duration(DEADLINE, Duration.ofSeconds(5)));
    }

    /** How long without a new round before the scheduler counts as dead: three intervals, at least 10 s. */
    public Duration livenessLimit() {
        Duration three = interval.multipliedBy(3);
        return three.compareTo(Duration.ofSeconds(10)) < 0 ? Duration.ofSeconds(10) : three;
    }
}
