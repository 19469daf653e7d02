package org.switchboard.pbx.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.shared.model.InvalidSetting;

class AmiSettingsTest {

    private final Map<String, String> properties = new HashMap<>(Map.of(
            AmiSettings.HOST, " pbx.example ",
            AmiSettings.USER, "console",
            AmiSettings.SECRET, "console-secret"));

    @Test
    void givenHostUserAndSecret_thenTheRestHasDefaults() {
        AmiSettings settings = AmiSettings.from(properties::get);

        assertThat(settings.host()).isEqualTo("pbx.example");
        assertThat(settings.port()).isEqualTo(5038);
        assertThat(settings.pingInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.backoffMin()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.backoffMax()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.queueCapacity()).isEqualTo(10_000);
        assertThat(settings.demo()).isFalse();
    }

    @Test
    void durationsAreIsoOrMilliseconds() {
        properties.put(AmiSettings.PING_INTERVAL, "PT0.2S");
        properties.put(AmiSettings.READ_TIMEOUT, "750");

        AmiSettings settings = AmiSettings.from(properties::get);

        assertThat(settings.pingInterval()).isEqualTo(Duration.ofMillis(200));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofMillis(750));
    }

    @Test
    void givenNoHost_thenItIsTheDemo() {
        properties.clear();

        assertThat(AmiSettings.from(properties::get).demo()).isTrue();
    }

    @Test
    void givenABadPort_thenStartupFailsNamingTheKey() {
        properties.put(AmiSettings.PORT, "70000");

        assertThatThrownBy(() -> AmiSettings.from(properties::get)).isInstanceOf(InvalidSetting.class)
                .hasMessageContaining(AmiSettings.PORT).hasMessageContaining("70000");
    }

    @Test
    void givenABadDurationOrABackoffRangeUpsideDown_thenStartupFailsNamingTheKey() {
        properties.put(AmiSettings.PING_INTERVAL, "soon");
        assertThatThrownBy(() -> AmiSettings.from(properties::get)).hasMessageContaining(AmiSettings.PING_INTERVAL);

        properties.remove(AmiSettings.PING_INTERVAL);
        properties.put(AmiSettings.BACKOFF_MIN, "PT10S");
        properties.put(AmiSettings.BACKOFF_MAX, "PT1S");
        assertThatThrownBy(() -> AmiSettings.from(properties::get)).hasMessageContaining(AmiSettings.BACKOFF_MAX);
    }

    @Test
    void givenAHostWithoutUser_thenStartupFailsNamingTheUserKey() {
        properties.remove(AmiSettings.USER);

        assertThatThrownBy(() -> AmiSettings.from(properties::get)).hasMessageContaining(AmiSettings.USER);
    }

    @Test
    void toStringMasksTheSecret() {
        assertThat(AmiSettings.from(properties::get).toString()).doesNotContain("console-secret").contains("******");
    }
}
