package org.switchboard.failover.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.shared.model.InvalidSetting;

class PairSettingsTest {

    @Test
    void withoutASetting_theHeartbeatIsOneSecond() {
        assertThat(PairSettings.from(key -> null).heartbeat()).isEqualTo(Duration.ofSeconds(1));
        assertThat(PairSettings.from(key -> "").heartbeat()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aHeartbeatIsReadAsADuration() {
        assertThat(PairSettings.from(Map.of(PairSettings.HEARTBEAT, "PT0.5S")::get).heartbeat())
                .isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aHeartbeatOutOfBounds_isRefusedWithItsKey() {
        assertThatThrownBy(() -> PairSettings.from(Map.of(PairSettings.HEARTBEAT, "PT0.01S")::get))
                .isInstanceOf(InvalidSetting.class).hasMessageContaining(PairSettings.HEARTBEAT);
        assertThatThrownBy(() -> PairSettings.from(Map.of(PairSettings.HEARTBEAT, "PT5M")::get))
                .isInstanceOf(InvalidSetting.class).hasMessageContaining(PairSettings.HEARTBEAT);
    }
}
