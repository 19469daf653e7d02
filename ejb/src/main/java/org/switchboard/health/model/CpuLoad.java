package org.switchboard.health.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The machine's CPU load: the system load average of the last minute over the number of cores, as the operating
 * system reports it (a negative average: the platform does not tell).
 */
public record CpuLoad(double loadAverage, int cores) {

    public CpuLoad {
        if (cores < 1) {
            throw new IllegalArgumentException("cores must be at least 1: " + cores);
        }
    }

    /** The load per core; negative when the platform does not tell. */
    public double perCore() {
        return loadAverage < 0 ? -1 : loadAverage / cores;
    }

    /** The CPU_LOAD reading: WARNING and FAILED from the thresholds per core, UNKNOWN when not measurable. */
    public ProbeReading reading(HealthSettings.Thresholds perCore, Instant at, Duration took) {
        if (loadAverage < 0) {
            return new ProbeReading(Probe.CPU_LOAD, ProbeLevel.UNKNOWN, "no load average",
                    "the platform gives no system load average", at, took);
        }
        String value = String.format(Locale.ROOT, "load %.2f on %d cores (%.2f per core)", loadAverage, cores,
                perCore());
        ProbeLevel level = perCore.levelOf(perCore());
        String detail = switch (level) {
            case FAILED -> String.format(Locale.ROOT, "%.2f per core is at or above the maximum %.2f", perCore(),
                    perCore.failed());
            case WARNING -> String.format(Locale.ROOT, "%.2f per core is at or above the warning level %.2f",
                    perCore(), perCore.warning());
            default -> "";
        };
        return new ProbeReading(Probe.CPU_LOAD, level, value, detail, at, took);
    }
}
