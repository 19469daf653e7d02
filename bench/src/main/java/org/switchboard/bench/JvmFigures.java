package org.switchboard.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * This JVM's CPU (all its threads: the service, its watchers and the driver), heap and collections over one run, for
 * a benchmark that runs the service in its own JVM.
 */
final class JvmFigures implements RunFigures {

    private final long startNanos = System.nanoTime();
    private final long cpuBefore = cpuNanos();
    private final long[] gcBefore = collections();

    @Override
    public List<String> lines(int changes) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double cpu = (cpuNanos() - cpuBefore) / 1e9;
        long[] gc = collections();
        Runtime runtime = Runtime.getRuntime();
        return List.of(String.format("  this JVM     CPU %,.0f ms in %.1f s (%.2f cores; %.2f ms per 1,000 changes, the"
                + " driver's and the watchers' share included); heap %,d MiB used now of %,d MiB committed; %,d"
                + " collections taking %,d ms", cpu * 1e3, seconds, cpu / seconds, cpu * 1e3 / Math.max(1e-9,
                        changes / 1_000.0), (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.totalMemory() >> 20, gc[0] - gcBefore[0], gc[1] - gcBefore[1]));
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long[] collections() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += collector.getCollectionCount();
            millis += collector.getCollectionTime();
        }
        return new long[] {count, millis};
    }

    @Override
    public void close() {
        // nothing runs between the readings
    }
}
