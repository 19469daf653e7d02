package org.switchboard.health.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.health.model.HealthSettings;
import org.switchboard.health.model.Probe;
import org.switchboard.health.model.ProbeLevel;
import org.switchboard.health.model.ProbeReading;

/**
 * The probes that measure this machine, run as the server runs them (the beans with their settings), on the
 * machine the test runs on: each gives a reading of its own probe with a measured value, never an exception (the
 * machine's memory and the network counters come from Linux's /proc; elsewhere they read unknown).
 */
class MachineProbesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @TempDir
    Path dataDir;

    private HealthSettings settings(Map<String, String> values) {
        return HealthSettings.from(values::get);
    }

    @Test
    void givenThisMachine_whenCpuLoadChecked_thenLoadPerCoreMeasured() {
        CpuLoadProbe probe = new CpuLoadProbe();
        probe.settings = settings(Map.of());

        ProbeReading reading = probe.check(NOW);

        System.out.println("CPU_LOAD on this machine: " + reading);
        assertThat(reading.probe()).isEqualTo(Probe.CPU_LOAD);
        assertThat(reading.value()).containsPattern("load \\d+\\.\\d\\d on \\d+ cores");
    }

    @Test
    void givenThisMachine_whenMemoryChecked_thenHeapAndMachineMeasured() {
        MemoryProbe probe = new MemoryProbe();
        probe.settings = settings(Map.of());

        ProbeReading reading = probe.check(NOW);

        System.out.println("MEMORY on this machine: " + reading);
        assertThat(reading.level()).isIn(ProbeLevel.OK, ProbeLevel.WARNING, ProbeLevel.FAILED);
        assertThat(reading.value()).containsPattern("heap \\d+ % after GC")
                .containsPattern(Files.isReadable(MemoryProbe.MEMINFO) ? "machine \\d+ %" : "machine unknown");
    }

    @Test
    void givenDataDirSet_whenDisksChecked_thenItsPartitionAndTheRootMeasured() {
        DataDiskProbe data = new DataDiskProbe();
        data.settings = settings(Map.of(HealthSettings.DATA_DIR, dataDir.toString()));
        RootDiskProbe root = new RootDiskProbe();
        root.settings = settings(Map.of());

        ProbeReading dataReading = data.check(NOW);
        ProbeReading rootReading = root.check(NOW);

        System.out.println("DISK on this machine: " + dataReading + " / " + rootReading);
        assertThat(dataReading.probe()).isEqualTo(Probe.DISK_DATA);
        assertThat(dataReading.value()).contains("at " + dataDir).containsPattern("\\d+ % used");
        assertThat(rootReading.probe()).isEqualTo(Probe.DISK_ROOT);
        assertThat(rootReading.value()).contains("at / (");
    }

    @Test
    void givenNoDataDirAnywhere_whenDataDiskChecked_thenUnknownNamingTheSetting() {
        DataDiskProbe data = new DataDiskProbe();
        data.settings = settings(Map.of());
        String serverDataDir = System.getProperty(DataDiskProbe.SERVER_DATA_DIR);
        System.clearProperty(DataDiskProbe.SERVER_DATA_DIR);
        try {
            ProbeReading reading = data.check(NOW);

            assertThat(reading.level()).isEqualTo(ProbeLevel.UNKNOWN);
            assertThat(reading.detail()).contains(HealthSettings.DATA_DIR);
        } finally {
            if (serverDataDir != null) {
                System.setProperty(DataDiskProbe.SERVER_DATA_DIR, serverDataDir);
            }
        }
    }

    @Test
    void givenDataDirGone_whenDataDiskChecked_thenUnknownWithTheReason() {
        DataDiskProbe data = new DataDiskProbe();
        data.settings = settings(Map.of(HealthSettings.DATA_DIR, dataDir.resolve("missing").toString()));

        ProbeReading reading = data.check(NOW);

        assertThat(reading.level()).isEqualTo(ProbeLevel.UNKNOWN);
        assertThat(reading.detail()).startsWith("the measure failed: NoSuchFileException");
    }

    @Test
    void givenThisMachine_whenNetworkCheckedTwice_thenMeasuringThenRates() {
        NetworkTrafficProbe probe = new NetworkTrafficProbe();
        probe.settings = settings(Map.of());
        probe.create();

        ProbeReading first = probe.check(NOW);
        ProbeReading second = probe.check(NOW);

        System.out.println("NETWORK_TRAFFIC on this machine: " + second);
        if (Files.isReadable(NetworkTrafficProbe.NET_DEV)) {
            assertThat(first.value()).isEqualTo("measuring");
            assertThat(second.value()).startsWith("in ").contains("/s, out ");
        } else {
            assertThat(second.level()).as("no /proc/net/dev on this system").isEqualTo(ProbeLevel.UNKNOWN);
        }
    }
}
