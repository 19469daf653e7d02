package org.switchboard.health.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The NETWORK_TRAFFIC measure: bytes per second in and out between two runs of the probe. The first run only
 * takes its sample ("measuring"); a counter that went backwards (an interface gone or reset) starts again.
 * Not thread-safe: one probe run at a time, as the scheduler runs them.
 */
public final class NetworkTraffic {

    private final double maxBytesPerSecond;
    private Sample previous;

    private record Sample(NetworkCounters counters, long nanos) {
    }

    public NetworkTraffic(double maxBytesPerSecond) {
        this.maxBytesPerSecond = maxBytesPerSecond;
    }

    /**
     * The reading for this run: {@code counters} empty when they could not be read (UNKNOWN), {@code nanos} a
     * monotonic time of the sample ({@link System#nanoTime()}).
     */
    public ProbeReading next(Optional<NetworkCounters> counters, long nanos, Instant at, Duration took) {
        if (counters.isEmpty()) {
            previous = null;
            return new ProbeReading(Probe.NETWORK_TRAFFIC, ProbeLevel.UNKNOWN, "no counters",
                    "the network counters (/proc/net/dev) cannot be read", at, took);
        }
        Sample last = previous;
        Sample now = new Sample(counters.get(), nanos);
        previous = now;
        if (last == null) {
            return new ProbeReading(Probe.NETWORK_TRAFFIC, ProbeLevel.OK, "measuring", "", at, took);
        }
        long in = now.counters.received() - last.counters.received();
        long out = now.counters.sent() - last.counters.sent();
        long elapsed = now.nanos - last.nanos;
        if (in < 0 || out < 0 || elapsed <= 0) {
            return new ProbeReading(Probe.NETWORK_TRAFFIC, ProbeLevel.OK, "measuring",
                    "", at, took); // the counters restarted: measure from this sample
        }
        double seconds = elapsed / 1e9;
        double inRate = in / seconds;
        double outRate = out / seconds;
        String value = String.format(Locale.ROOT, "in %s/s, out %s/s on %s", bytes(inRate), bytes(outRate),
                String.join(",", now.counters.interfaces()));
        double worst = Math.max(inRate, outRate);
        if (worst > maxBytesPerSecond) {
            String detail = String.format(Locale.ROOT, "%s traffic %s/s is above the maximum %s/s",
                    inRate >= outRate ? "incoming" : "outgoing", bytes(worst), bytes(maxBytesPerSecond));
            return new ProbeReading(Probe.NETWORK_TRAFFIC, ProbeLevel.FAILED, value, detail, at, took);
        }
        return new ProbeReading(Probe.NETWORK_TRAFFIC, ProbeLevel.OK, value, "", at, took);
    }

    private static String bytes(double perSecond) {
        if (perSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.1f MB", perSecond / 1e6);
        }
        return perSecond >= 1e3 ? String.format(Locale.ROOT, "%.1f kB", perSecond / 1e3)
                : String.format(Locale.ROOT, "%.0f B", perSecond);
    }
}
