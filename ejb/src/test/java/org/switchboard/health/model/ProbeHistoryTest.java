package org.switchboard.health.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ProbeHistoryTest {

    @Test
    void keepsTheLastHundredReadingsOldestFirst() {
        ProbeHistory history = new ProbeHistory();
        Instant start = Instant.parse("2026-11-26T12:00:00Z");

        IntStream.range(0, ProbeHistory.BOUND + 5).forEach(i -> history.add(new ProbeReading(Probe.MEMORY, ProbeLevel.OK,
                "reading " + i, "", start.plusSeconds(i), Duration.ZERO)));

        assertThat(history.readings()).hasSize(100);
        assertThat(history.readings().get(0).value()).isEqualTo("reading 5");
        assertThat(history.latest()).get().extracting(ProbeReading::value).isEqualTo("reading 104");
    }
}
