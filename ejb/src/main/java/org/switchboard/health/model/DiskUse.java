package org.switchboard.health.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * How full a partition is, counted as {@code df} does: the used space over the used plus what an unprivileged
 * process may still write (the blocks reserved for root count as neither).
 *
 * @param where the directory looked at and its partition, as operators read it ({@code "/ (overlay)"})
 * @param total the partition's size in bytes
 * @param unallocated the bytes not allocated to any file
 * @param usable the bytes this process may still write
 */
public record DiskUse(String where, long total, long unallocated, long usable) {

    private static final double GIB = 1024.0 * 1024.0 * 1024.0;

    public DiskUse {
        if (total < 0 || unallocated < 0 || usable < 0 || unallocated > total) {
            throw new IllegalArgumentException("impossible partition " + where + ": total " + total
                    + ", unallocated " + unallocated + ", usable " + usable);
        }
    }

    public double usedPercent() {
        long used = total - unallocated;
        long counted = used + Math.min(usable, unallocated);
        return counted == 0 ? 0 : 100.0 * used / counted;
    }

    /** The reading of DISK_DATA or DISK_ROOT against the thresholds in percent. */
    public ProbeReading reading(Probe probe, HealthSettings.Thresholds percent, Instant at, Duration took) {
        String value = String.format(Locale.ROOT, "%.0f %% used of %.1f GiB, %.1f GiB free, at %s", usedPercent(),
                total / GIB, usable / GIB, where);
        ProbeLevel level = percent.levelOf(usedPercent());
        String detail = switch (level) {
            case FAILED -> String.format(Locale.ROOT, "the partition is at or above the maximum %.0f %%",
                    percent.failed());
            case WARNING -> String.format(Locale.ROOT, "the partition is at or above the warning level %.0f %%",
                    percent.warning());
            default -> "";
        };
        return new ProbeReading(probe, level, value, detail, at, took);
    }
}
