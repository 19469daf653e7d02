package org.switchboard.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class UptimeTest {

    @Test
    void secondsAlone() {
        assertThat(Uptime.format(Duration.ofSeconds(42))).isEqualTo("42 s");
    }

    @Test
    void minutesAndSeconds() {
        assertThat(Uptime.format(Duration.ofSeconds(125))).isEqualTo("2 min 5 s");
    }

    @Test
    void hoursKeepTheirZeroMinutes() {
        assertThat(Uptime.format(Duration.ofHours(3).plusSeconds(7))).isEqualTo("3 h 0 min 7 s");
    }

    @Test
    void days() {
        assertThat(Uptime.format(Duration.ofDays(2).plusHours(1).plusMinutes(4).plusSeconds(9))).isEqualTo("2 d 1 h 4 min 9 s");
    }

    @Test
    void aClockThatWentBackwardsShowsZero() {
        assertThat(Uptime.format(Duration.ofSeconds(-5))).isEqualTo("0 s");
    }
}
