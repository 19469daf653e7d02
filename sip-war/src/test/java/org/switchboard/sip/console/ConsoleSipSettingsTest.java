package org.switchboard.sip.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.shared.model.InvalidSetting;

class ConsoleSipSettingsTest {

    @Test
    void givenNothingSet_thenKeepAlive30sAndAnswerTimeout10s() {
        ConsoleSipSettings settings = ConsoleSipSettings.from(key -> null);

        assertThat(settings).isEqualTo(new ConsoleSipSettings(Duration.ofSeconds(30), Duration.ofSeconds(10)));
    }

    @Test
    void givenValuesSet_thenTheyAreTaken() {
        Map<String, String> values = Map.of(ConsoleSipSettings.KEEP_ALIVE_SECONDS, " 15 ", ConsoleSipSettings.ANSWER_TIMEOUT_SECONDS, "4");

        assertThat(ConsoleSipSettings.from(values::get))
                .isEqualTo(new ConsoleSipSettings(Duration.ofSeconds(15), Duration.ofSeconds(4)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "3601", "thirty"})
    void givenABadKeepAlive_thenTheStartFailsNamingTheKey(String value) {
        assertThatThrownBy(() -> ConsoleSipSettings.from(Map.of(ConsoleSipSettings.KEEP_ALIVE_SECONDS, value)::get))
                .isInstanceOf(InvalidSetting.class).hasMessageContaining(ConsoleSipSettings.KEEP_ALIVE_SECONDS);
    }

    @Test
    void aBlankValue_takesTheDefault_asTheServerSetsUnsetEnvironmentVariables() {
        assertThat(ConsoleSipSettings.from(Map.of(ConsoleSipSettings.KEEP_ALIVE_SECONDS, "")::get).keepAlive())
                .isEqualTo(Duration.ofSeconds(30));
    }
}
