package org.switchboard.health.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** CPU load, memory and disk readings against their thresholds, from real inputs (this machine's /proc texts). */
class MeasuresTest {

    private static final Instant AT = Instant.parse("2026-11-26T12:00:00Z");
    private static final Duration TOOK = Duration.ofMillis(1);
    private static final HealthSettings DEFAULTS = HealthSettings.from(key -> null);

    /** /proc/meminfo of a 2-core build machine (the first lines; the kernel writes about fifty). */
    private static final String MEMINFO = """
            MemTotal:       24683620 kB
            MemFree:        21676896 kB
            MemAvailable:   22888608 kB
            Buffers:          186444 kB
            Cached:          1057932 kB
            SwapCached:            0 kB
            Active:           934848 kB
            """;

    @Test
    void givenLoadPerCore_whenRead_thenLevelFromTheThresholdsPerCore() {
        assertThat(new CpuLoad(1.5, 2).reading(DEFAULTS.cpuLoad(), AT, TOOK).level()).isEqualTo(ProbeLevel.OK);
        ProbeReading warning = new CpuLoad(3.9, 2).reading(DEFAULTS.cpuLoad(), AT, TOOK);
        assertThat(warning.level()).isEqualTo(ProbeLevel.WARNING);
        assertThat(warning.value()).isEqualTo("load 3.90 on 2 cores (1.95 per core)");
        assertThat(warning.detail()).isEqualTo("1.95 per core is at or above the warning level 1.00");
        ProbeReading failed = new CpuLoad(4.0, 2).reading(DEFAULTS.cpuLoad(), AT, TOOK);
        assertThat(failed.level()).isEqualTo(ProbeLevel.FAILED);
        assertThat(failed.detail()).isEqualTo("2.00 per core is at or above the maximum 2.00");
    }

    @Test
    void givenNoLoadAverage_whenRead_thenUnknown() {
        assertThat(new CpuLoad(-1, 4).reading(DEFAULTS.cpuLoad(), AT, TOOK).level()).isEqualTo(ProbeLevel.UNKNOWN);
    }

    @Test
    void givenProcMeminfo_whenParsed_thenTotalAndAvailableInBytes() {
        MemoryUse.MachineMemory machine = MemoryUse.MachineMemory.fromProcMeminfo(MEMINFO).orElseThrow();

        assertThat(machine.total()).isEqualTo(24_683_620L * 1024);
        assertThat(machine.available()).isEqualTo(22_888_608L * 1024);
        assertThat(machine.usedPercent()).isBetween(7.2, 7.3);
        assertThat(MemoryUse.MachineMemory.fromProcMeminfo("MemTotal: 100 kB\n")).as("no MemAvailable").isEmpty();
        assertThat(MemoryUse.MachineMemory.fromProcMeminfo("")).isEmpty();
    }

    @Test
    void givenHeapOrMachineAboveThresholds_whenRead_thenTheWorseDecidesAndSaysWhich() {
        Optional<MemoryUse.MachineMemory> machine = MemoryUse.MachineMemory.fromProcMeminfo(MEMINFO);
        long mib = 1024 * 1024;

        ProbeReading ok = new MemoryUse(100 * mib, 512 * mib, machine).reading(DEFAULTS.memory(), AT, TOOK);
        ProbeReading heapFull = new MemoryUse(500 * mib, 512 * mib, machine).reading(DEFAULTS.memory(), AT, TOOK);
        ProbeReading machineTight = new MemoryUse(100 * mib, 512 * mib,
                Optional.of(new MemoryUse.MachineMemory(1000, 120))).reading(DEFAULTS.memory(), AT, TOOK);

        assertThat(ok.level()).isEqualTo(ProbeLevel.OK);
        assertThat(ok.value()).isEqualTo("heap 20 % after GC (100 of 512 MiB), machine 7 % (1753 of 24105 MiB)");
        assertThat(heapFull.level()).isEqualTo(ProbeLevel.FAILED);
        assertThat(heapFull.detail()).isEqualTo("the heap is at or above the maximum 95 %");
        assertThat(machineTight.level()).isEqualTo(ProbeLevel.WARNING);
        assertThat(machineTight.detail()).isEqualTo("the machine is at or above the warning level 85 %");
    }

    @Test
    void givenPartition_whenRead_thenUsedCountedAsDfDoes() {
        long gib = 1024L * 1024 * 1024;
        // 100 GiB, 10 GiB unallocated of which 5 GiB reserved for root: df shows 90 / (90 + 5) = 95 %
        DiskUse disk = new DiskUse("/ (overlay)", 100 * gib, 10 * gib, 5 * gib);

        ProbeReading reading = disk.reading(Probe.DISK_ROOT, DEFAULTS.disk(), AT, TOOK);

        assertThat(disk.usedPercent()).isBetween(94.7, 94.8);
        assertThat(reading.level()).isEqualTo(ProbeLevel.WARNING);
        assertThat(reading.value()).isEqualTo("95 % used of 100.0 GiB, 5.0 GiB free, at / (overlay)");
        assertThat(new DiskUse("/data", 100 * gib, gib, gib).reading(Probe.DISK_DATA, DEFAULTS.disk(), AT, TOOK)
                .level()).isEqualTo(ProbeLevel.FAILED);
        assertThat(new DiskUse("/data", 100 * gib, 50 * gib, 50 * gib).reading(Probe.DISK_DATA, DEFAULTS.disk(), AT,
                TOOK).level()).isEqualTo(ProbeLevel.OK);
    }
}
