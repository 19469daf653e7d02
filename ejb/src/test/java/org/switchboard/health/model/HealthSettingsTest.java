package org.switchboard.health.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.shared.model.InvalidSetting;

/** The health settings: one default each, values read as operators write them, bad values refused by name. */
class HealthSettingsTest {

    @Test
    void givenNothingSet_whenRead_thenTheDefaults() {
        HealthSettings settings = HealthSettings.from(key -> null);

        assertThat(settings.cpuLoad()).isEqualTo(new HealthSettings.Thresholds(1.0, 2.0));
        assertThat(settings.memory()).isEqualTo(new HealthSettings.Thresholds(85, 95));
        assertThat(settings.disk()).isEqualTo(new HealthSettings.Thresholds(90, 98));
        assertThat(settings.dataDir()).isEmpty();
        assertThat(settings.networkMaxBytesPerSecond()).isEqualTo(100_000_000);
        assertThat(settings.pbxSipAddress()).isEmpty();
        assertThat(settings.pbxTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.dbTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.webTimeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void givenValuesSet_whenRead_thenTheyAreUsed() {
        HealthSettings settings = HealthSettings.from(Map.of(HealthSettings.CPU_LOAD_WARNING, "0.75",
                HealthSettings.CPU_LOAD_MAX, "1.5", HealthSettings.DISK_MAX_PERCENT, "100",
                HealthSettings.DATA_DIR, "/data", HealthSettings.PBX_SIP_ADDRESS, "pbx.example.org:5070",
                HealthSettings.PBX_TIMEOUT, "PT0.5S", HealthSettings.NETWORK_MAX_BYTES_PER_SECOND, "12500000")::get);

        assertThat(settings.cpuLoad()).isEqualTo(new HealthSettings.Thresholds(0.75, 1.5));
        assertThat(settings.disk().failed()).isEqualTo(100);
        assertThat(settings.dataDir()).contains("/data");
        assertThat(settings.pbxSipAddress()).isEqualTo(Optional.of("pbx.example.org:5070"));
        assertThat(settings.pbxTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.networkMaxBytesPerSecond()).isEqualTo(12_500_000);
    }

    @Test
    void givenWarningAboveMaximum_whenRead_thenRefusedNamingBoth() {
        assertThatThrownBy(() -> HealthSettings.from(Map.of(HealthSettings.MEMORY_WARNING_PERCENT, "96")::get))
                .isInstanceOf(InvalidSetting.class)
                .hasMessage("setting switchboard.health.memory-warning-percent is '96'; expected at most"
                        + " switchboard.health.memory-max-percent (95)");
    }

    @Test
    void givenBadValues_whenRead_thenRefusedNamingTheSetting() {
        assertThatThrownBy(() -> HealthSettings.from(Map.of(HealthSettings.PBX_SIP_ADDRESS, "pbx.example.org")::get))
                .hasMessageContaining(HealthSettings.PBX_SIP_ADDRESS).hasMessageContaining("host:port");
        assertThatThrownBy(() -> HealthSettings.from(Map.of(HealthSettings.PBX_SIP_ADDRESS, "pbx:70000")::get))
                .hasMessageContaining("a port from 1 to 65535");
        assertThatThrownBy(() -> HealthSettings.from(Map.of(HealthSettings.CPU_LOAD_MAX, "lots")::get))
                .hasMessageContaining(HealthSettings.CPU_LOAD_MAX).hasMessageContaining("a number from");
        assertThatThrownBy(() -> HealthSettings.from(Map.of(HealthSettings.DISK_MAX_PERCENT, "101")::get))
                .hasMessageContaining("a whole number from 1 to 100");
        assertThatThrownBy(() -> HealthSettings.from(Map.of(HealthSettings.PBX_TIMEOUT, "PT0S")::get))
                .hasMessageContaining(HealthSettings.PBX_TIMEOUT);
    }

    @Test
    void givenThresholds_whenLevelOf_thenWarningFromTheFirstAndFailedFromTheSecond() {
        HealthSettings.Thresholds thresholds = new HealthSettings.Thresholds(90, 98);

        assertThat(thresholds.levelOf(89.9)).isEqualTo(ProbeLevel.OK);
        assertThat(thresholds.levelOf(90)).isEqualTo(ProbeLevel.WARNING);
        assertThat(thresholds.levelOf(97.9)).isEqualTo(ProbeLevel.WARNING);
        assertThat(thresholds.levelOf(98)).isEqualTo(ProbeLevel.FAILED);
    }
}
