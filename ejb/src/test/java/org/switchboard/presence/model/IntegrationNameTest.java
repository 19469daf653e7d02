package org.switchboard.presence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An integration's name: what it may be, and that input from the wire is never trusted. */
class IntegrationNameTest {

    @Test
    void lettersDigitsDotsUnderscoresAndHyphensUpTo64_makeAName() {
        assertThat(IntegrationName.parse("cti-1.main_site")).contains(new IntegrationName("cti-1.main_site"));
        assertThat(IntegrationName.parse("x".repeat(64))).isPresent();
    }

    @Test
    void anythingElse_isNoName() {
        for (String bad : new String[] {"", "x".repeat(65), "cti:1", "cti 1", "cti/1", "ctí", "cti\n"}) {
            assertThat(IntegrationName.parse(bad)).as("'%s'", bad).isEmpty();
            assertThatThrownBy(() -> new IntegrationName(bad)).as("'%s'", bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(IntegrationName.parse(null)).isEmpty();
    }
}
