package org.switchboard.cdr.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.shared.model.InvalidSetting;

class CdrSettingsTest {

    private static final Path DEFAULT = Path.of("/srv/data/cdr");

    @Test
    void givenNothingSet_thenDefaultDirectoryAndSystemZone() {
        CdrSettings settings = CdrSettings.from(key -> null, DEFAULT);

        assertThat(settings.exportDirectory()).isEqualTo(DEFAULT);
        assertThat(settings.zone()).isEqualTo(ZoneId.systemDefault());
    }

    @Test
    void givenDirectoryAndZone_thenDayFileIsNamedAfterTheDay() {
        Map<String, String> values = Map.of(CdrSettings.EXPORT_DIRECTORY, " /var/cdr ", CdrSettings.ZONE, "Europe/Brussels");

        CdrSettings settings = CdrSettings.from(values::get, DEFAULT);

        assertThat(settings.zone()).isEqualTo(ZoneId.of("Europe/Brussels"));
        assertThat(settings.fileOf(LocalDate.of(2026, 11, 21))).isEqualTo(Path.of("/var/cdr/cdr-2026-11-21.csv"));
    }

    @Test
    void givenUnknownZone_thenTheErrorNamesTheKey() {
        assertThatThrownBy(() -> CdrSettings.from(Map.of(CdrSettings.ZONE, "Mars/Olympus")::get, DEFAULT))
                .isInstanceOf(InvalidSetting.class)
                .hasMessageContaining(CdrSettings.ZONE)
                .hasMessageContaining("Mars/Olympus");
    }
}
