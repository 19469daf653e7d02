package org.switchboard.bench;

import java.util.Arrays;

/**
 * Every latency of one measurement, in microseconds, kept whole so that percentiles are exact rather than
 * bucketed. One thread records; read it once that thread has handed over (after a drain).
 */
final class LatencyRecorder {

    private long[] micros = new long[1 << 16];
    private int count;

    void record(long latencyMicros) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = latencyMicros;
    }

    void reset() {
        count = 0;
    }

    int count() {
        return count;
    }

    /** The latency that {@code fraction} of the recorded ones do not exceed (nearest rank). */
    long percentile(double fraction) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(fraction * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)];
    }

    long max() {
        long max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, micros[i]);
        }
        return max;
    }

    /** {@code p50 .. p99 .. max ..} in milliseconds with three decimals, and the count. */
    String summary() {
        return String.format("p50 %8.3f ms  p99 %8.3f ms  max %8.3f ms  (%d events)",
                percentile(0.50) / 1e3, percentile(0.99) / 1e3, max() / 1e3, count);
    }

    /** {@code p50 .. p90 .. p99 .. max ..} in milliseconds with three decimals, and the count of {@code what}. */
    String summaryWithP90(String what) {
        return String.format("p50 %7.3f ms  p90 %7.3f ms  p99 %7.3f ms  max %8.3f ms  (%,d %s)",
                percentile(0.50) / 1e3, percentile(0.90) / 1e3, percentile(0.99) / 1e3, max() / 1e3, count, what);
    }
}
