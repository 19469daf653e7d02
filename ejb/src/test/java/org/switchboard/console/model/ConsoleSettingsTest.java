package org.switchboard.console.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.shared.model.InvalidSetting;

class ConsoleSettingsTest {

    @Test
    void unset_takesTheOneDefaultOfEachSetting() {
        ConsoleSettings settings = ConsoleSettings.from(key -> null);

        assertThat(settings.supervision()).isEqualTo(new SupervisionTimes(Duration.ofSeconds(60),
                Duration.ofSeconds(30), Duration.ofSeconds(120)));
        assertThat(settings.commandTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.dialContext()).isEqualTo("internal");
        assertThat(settings.musicOnHold()).isEqualTo("8002");
        assertThat(settings.generalQueueExtension()).isEqualTo("9000");
    }

    @Test
    void givenValues_areReadAsDurationsAndNames() {
        Map<String, String> values = Map.of(ConsoleSettings.PARK_TIMEOUT, "PT2M", ConsoleSettings.COMMAND_TIMEOUT,
                "2500", ConsoleSettings.DIAL_CONTEXT, "from-console");

        ConsoleSettings settings = ConsoleSettings.from(values::get);

        assertThat(settings.supervision().park()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.commandTimeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(settings.dialContext()).isEqualTo("from-console");
    }

    @Test
    void aBadValue_failsNamingItsKey() {
        assertThatThrownBy(() -> ConsoleSettings.from(Map.of(ConsoleSettings.CAMP_ON_TIMEOUT, "soon")::get))
                .isInstanceOf(InvalidSetting.class).hasMessageContaining(ConsoleSettings.CAMP_ON_TIMEOUT);
        assertThatThrownBy(() -> ConsoleSettings.from(Map.of(ConsoleSettings.MUSIC_ON_HOLD, "80 02")::get))
                .isInstanceOf(InvalidSetting.class).hasMessageContaining(ConsoleSettings.MUSIC_ON_HOLD);
    }
}
