package org.switchboard.health.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** /proc/net/dev as Linux writes it, and the traffic between two runs against the maximum. */
class NetworkTrafficTest {

    private static final Instant AT = Instant.parse("2026-11-26T12:00:00Z");
    private static final Duration TOOK = Duration.ofMillis(1);
    private static final long SECOND = 1_000_000_000L;

    /** A build machine's /proc/net/dev: the loopback, two idle ifb devices, eth0. */
    private static final String NET_DEV = """
            Inter-|   Receive                                                |  Transmit
             face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
                lo: 21382943299 13779575    0    0    0     0          0         0 21382943299 13779575    0    0    0     0       0          0
              ifb0:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
              ifb1:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
              eth0: 390840595   36985    0    0    0     0          0         0  3383639   31184    0    0    0     0       0          0
            """;

    private static String withEth0(long received, long sent) {
        return NET_DEV.replace("390840595", Long.toString(received)).replace(" 3383639", " " + sent);
    }

    @Test
    void givenProcNetDev_whenParsed_thenBytesOfAllButTheLoopback() {
        NetworkCounters counters = NetworkCounters.fromProcNetDev(NET_DEV).orElseThrow();

        assertThat(counters.received()).isEqualTo(390_840_595L);
        assertThat(counters.sent()).isEqualTo(3_383_639L);
        assertThat(counters.interfaces()).containsExactly("ifb0", "ifb1", "eth0");
    }

    @Test
    void givenOldKernelFormatWithoutSpaceAfterColon_whenParsed_thenRead() {
        String old = "Inter-|   Receive |  Transmit\n face |bytes packets|bytes\n"
                + "  eth0:1234 5 0 0 0 0 0 0 5678 6 0 0 0 0 0 0\n";

        assertThat(NetworkCounters.fromProcNetDev(old)).get().extracting(NetworkCounters::received, NetworkCounters::sent)
                .containsExactly(1234L, 5678L);
    }

    @Test
    void givenUnreadableText_whenParsed_thenEmpty() {
        assertThat(NetworkCounters.fromProcNetDev("")).isEmpty();
        assertThat(NetworkCounters.fromProcNetDev("  eth0: 12 x\n")).isEmpty();
        assertThat(NetworkCounters.fromProcNetDev("  eth0: a b c d e f g h i j\n")).isEmpty();
    }

    @Test
    void givenTwoRuns_whenTrafficBelowMaximum_thenFirstMeasuringThenRates() {
        NetworkTraffic traffic = new NetworkTraffic(100_000_000);

        ProbeReading first = traffic.next(NetworkCounters.fromProcNetDev(NET_DEV), 0, AT, TOOK);
        ProbeReading second = traffic.next(NetworkCounters.fromProcNetDev(withEth0(390_840_595L + 4_000_000,
                3_383_639L + 1_000)), 2 * SECOND, AT, TOOK);

        assertThat(first.level()).isEqualTo(ProbeLevel.OK);
        assertThat(first.value()).isEqualTo("measuring");
        assertThat(second.level()).isEqualTo(ProbeLevel.OK);
        assertThat(second.value()).isEqualTo("in 2.0 MB/s, out 500 B/s on ifb0,ifb1,eth0");
    }

    @Test
    void givenTrafficAboveMaximum_whenNext_thenFailedNamingTheDirection() {
        NetworkTraffic traffic = new NetworkTraffic(1_000_000);
        traffic.next(NetworkCounters.fromProcNetDev(NET_DEV), 0, AT, TOOK);

        ProbeReading reading = traffic.next(NetworkCounters.fromProcNetDev(withEth0(390_840_595L,
                3_383_639L + 3_000_000)), SECOND, AT, TOOK);

        assertThat(reading.level()).isEqualTo(ProbeLevel.FAILED);
        assertThat(reading.detail()).isEqualTo("outgoing traffic 3.0 MB/s is above the maximum 1.0 MB/s");
    }

    @Test
    void givenCountersGoingBackwardsOrUnreadable_whenNext_thenMeasuringAgainOrUnknown() {
        NetworkTraffic traffic = new NetworkTraffic(1_000_000);
        traffic.next(NetworkCounters.fromProcNetDev(NET_DEV), 0, AT, TOOK);

        ProbeReading reset = traffic.next(NetworkCounters.fromProcNetDev(withEth0(10, 10)), SECOND, AT, TOOK);
        ProbeReading unreadable = traffic.next(Optional.empty(), 2 * SECOND, AT, TOOK);
        ProbeReading after = traffic.next(NetworkCounters.fromProcNetDev(NET_DEV), 3 * SECOND, AT, TOOK);

        assertThat(reset.value()).isEqualTo("measuring");
        assertThat(unreadable.level()).isEqualTo(ProbeLevel.UNKNOWN);
        assertThat(after.value()).isEqualTo("measuring");
    }
}
