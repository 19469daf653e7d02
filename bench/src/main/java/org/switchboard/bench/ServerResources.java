package org.switchboard.bench;

import java.io.IOException;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;

/**
 * The server JVM's CPU (from /proc, all its threads) and, over JMX, its heap (sampled every
 * {@value #PERIOD_MILLIS} ms on its own thread: the highest used figure is a floor) and its garbage collections,
 * over one run of a benchmark: open it when the run starts, {@link #summary} when it ends.
 */
final class ServerResources implements AutoCloseable {

    static final long PERIOD_MILLIS = 100;

    private final SwitchboardServer server;
    private final MBeanServerConnection jmx;
    private final long startNanos = System.nanoTime();
    private final long cpuBefore;
    private final long ownCpuBefore = ownCpuNanos();
    private final long[] gcBefore;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long maxHeapUsed;

    ServerResources(SwitchboardServer server, MBeanServerConnection jmx) {
        this.server = server;
        this.jmx = jmx;
        this.cpuBefore = server.cpuMillis();
        this.gcBefore = collections();
        this.thread = new Thread(this::run, "bench-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            maxHeapUsed = Math.max(maxHeapUsed, heap().getUsed());
            try {
                TimeUnit.MILLISECONDS.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** CPU in cores and per unit of work, heap used at most and now, and the collections since the start. */
    String summary(double work, String unit) {
        long cpu = server.cpuMillis() - cpuBefore;
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long[] gc = collections();
        MemoryUsage heap = heap();
        return String.format("CPU %,d ms in %.1f s (%.2f cores; %.2f ms per %s); heap used at most %,d MiB, %,d MiB"
                + " now (of %,d MiB committed); %,d collections taking %,d ms in all; this benchmark's JVM (PBX and"
                + " clients) %.2f cores", cpu, seconds, cpu / 1e3 / seconds, cpu / Math.max(1e-9, work), unit,
                Math.max(maxHeapUsed, heap.getUsed()) >> 20, heap.getUsed() >> 20, heap.getCommitted() >> 20,
                gc[0] - gcBefore[0], gc[1] - gcBefore[1], (ownCpuNanos() - ownCpuBefore) / 1e9 / seconds);
    }

    /** CPU time this JVM has used so far, all its threads. */
    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private MemoryUsage heap() {
        try {
            return MemoryUsage.from((CompositeData) jmx.getAttribute(new ObjectName("java.lang:type=Memory"),
                    "HeapMemoryUsage"));
        } catch (IOException | JMException e) {
            throw new IllegalStateException("cannot read the server's heap", e);
        }
    }

    /** Collections and their time in ms, summed over the collectors. */
    private long[] collections() {
        try {
            Set<ObjectName> collectors = jmx.queryNames(new ObjectName("java.lang:type=GarbageCollector,*"), null);
            long count = 0;
            long millis = 0;
            for (ObjectName collector : collectors) {
                count += (Long) jmx.getAttribute(collector, "CollectionCount");
                millis += (Long) jmx.getAttribute(collector, "CollectionTime");
            }
            return new long[] {count, millis};
        } catch (IOException | JMException e) {
            throw new IllegalStateException("cannot read the server's garbage collectors", e);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
