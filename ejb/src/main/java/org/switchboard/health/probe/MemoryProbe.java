package org.switchboard.health.probe;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.switchboard.health.ProbeCheck;
import org.switchboard.health.model.HealthSettings;
import org.switchboard.health.model.MemoryUse;
import org.switchboard.health.model.MemoryUse.MachineMemory;
import org.switchboard.health.model.Probe;
import org.switchboard.health.model.ProbeReading;

/**
 * MEMORY: the heap in use after the last garbage collection of each heap pool (the JVM's memory pool beans), over
 * the largest heap; and the machine's memory from {@code /proc/meminfo} (unknown elsewhere).
 */
@ApplicationScoped
public class MemoryProbe implements ProbeCheck {

    static final Path MEMINFO = Path.of("/proc/meminfo");

    @Inject
    HealthSettings settings;

    @Override
    public Probe probe() {
        return Probe.MEMORY;
    }

    @Override
    public ProbeReading check(Instant now) {
        return Measurement.take(probe(), now, took -> {
            long afterCollection = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                MemoryUsage collected = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
                if (collected != null) {
                    afterCollection += collected.getUsed();
                }
            }
            MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
            Optional<MachineMemory> machine = Files.isReadable(MEMINFO)
                    ? MachineMemory.fromProcMeminfo(Files.readString(MEMINFO)) : Optional.empty();
            return new MemoryUse(afterCollection, max, machine).reading(settings.memory(), now, took.get());
        });
    }
}
