package org.switchboard.health.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The memory in use: the JVM's heap as the last garbage collections left it (what the server really holds, not
 * the garbage waiting for the next collection), and the machine's memory as the kernel counts it available.
 *
 * @param heapUsedAfterCollection bytes of the heap in use after the last collection of each heap pool
 * @param heapMax the largest heap the JVM may use, in bytes
 * @param machine the machine's memory, when the platform tells
 */
public record MemoryUse(long heapUsedAfterCollection, long heapMax, Optional<MachineMemory> machine) {

    private static final double MIB = 1024.0 * 1024.0;

    /**
     * The machine's memory: its total and what the kernel counts available to a new process without swapping
     * (MemAvailable: the free memory plus the caches it can drop), in bytes.
     */
    public record MachineMemory(long total, long available) {

        public MachineMemory {
            if (total <= 0 || available < 0 || available > total) {
                throw new IllegalArgumentException("impossible machine memory: total " + total + ", available "
                        + available);
            }
        }

        public double usedPercent() {
            return 100.0 * (total - available) / total;
        }

        /** Reads {@code /proc/meminfo}'s text (MemTotal and MemAvailable, in kB); empty when either is missing. */
        public static Optional<MachineMemory> fromProcMeminfo(String text) {
            long total = -1;
            long available = -1;
            for (String line : text.split("\n")) {
                String[] fields = line.strip().split("\\s+");
                if (fields.length < 2) {
                    continue;
                }
                if (fields[0].equals("MemTotal:")) {
                    total = kilobytes(fields);
                } else if (fields[0].equals("MemAvailable:")) {
                    available = kilobytes(fields);
                }
            }
            if (total <= 0 || available < 0 || available > total) {
                return Optional.empty();
            }
            return Optional.of(new MachineMemory(total, available));
        }

        private static long kilobytes(String[] fields) {
            try {
                long value = Long.parseLong(fields[1]);
                boolean kb = fields.length > 2 && fields[2].equalsIgnoreCase("kB");
                return kb ? value * 1024 : value;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    public MemoryUse {
        if (heapMax <= 0 || heapUsedAfterCollection < 0) {
            throw new IllegalArgumentException("impossible heap: used " + heapUsedAfterCollection + " of " + heapMax);
        }
    }

    public double heapPercent() {
        return 100.0 * heapUsedAfterCollection / heapMax;
    }

    /** The MEMORY reading: the worse of the heap and the machine against the same thresholds in percent. */
    public ProbeReading reading(HealthSettings.Thresholds percent, Instant at, Duration took) {
        ProbeLevel heapLevel = percent.levelOf(heapPercent());
        ProbeLevel machineLevel = machine.map(m -> percent.levelOf(m.usedPercent())).orElse(ProbeLevel.OK);
        String heap = String.format(Locale.ROOT, "heap %.0f %% after GC (%.0f of %.0f MiB)", heapPercent(),
                heapUsedAfterCollection / MIB, heapMax / MIB);
        String value = heap + machine.map(m -> String.format(Locale.ROOT, ", machine %.0f %% (%.0f of %.0f MiB)",
                m.usedPercent(), (m.total() - m.available()) / MIB, m.total() / MIB)).orElse(", machine unknown");
        ProbeLevel level = heapLevel.compareTo(machineLevel) >= 0 ? heapLevel : machineLevel;
        if (level == ProbeLevel.OK) {
            return new ProbeReading(Probe.MEMORY, level, value, "", at, took);
        }
        double limit = level == ProbeLevel.FAILED ? percent.failed() : percent.warning();
        String which = heapLevel == level ? "the heap" : "the machine";
        String detail = String.format(Locale.ROOT, "%s is at or above %s %.0f %%", which,
                level == ProbeLevel.FAILED ? "the maximum" : "the warning level", limit);
        return new ProbeReading(Probe.MEMORY, level, value, detail, at, took);
    }
}
