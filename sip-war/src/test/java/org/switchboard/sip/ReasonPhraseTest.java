package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasonPhraseTest {

    @Test
    void keepsAPrintableReasonAsItIs() {
        assertThat(ReasonPhrase.of("Site failing over to site-b", "x")).isEqualTo("Site failing over to site-b");
    }

    @Test
    void givenLineBreaks_thenTheyCannotInjectAHeader() {
        assertThat(ReasonPhrase.of("down\r\nX-Injected: yes", "x")).isEqualTo("down X-Injected: yes");
    }

    @Test
    void givenNothingPrintable_thenTheFallbackIsUsed() {
        assertThat(ReasonPhrase.of(" \t\r\n", "Service Unavailable")).isEqualTo("Service Unavailable");
        assertThat(ReasonPhrase.of(null, "Service Unavailable")).isEqualTo("Service Unavailable");
    }

    @Test
    void givenAVeryLongReason_thenItIsCut() {
        assertThat(ReasonPhrase.of("a".repeat(1000), "x")).hasSize(ReasonPhrase.MAX_LENGTH);
    }
}
