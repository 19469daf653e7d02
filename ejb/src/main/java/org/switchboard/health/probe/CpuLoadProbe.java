package org.switchboard.health.probe;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.switchboard.health.ProbeCheck;
import org.switchboard.health.model.CpuLoad;
import org.switchboard.health.model.HealthSettings;
import org.switchboard.health.model.Probe;
import org.switchboard.health.model.ProbeReading;

/** CPU_LOAD: the system load average of the last minute per core, from the JVM's operating system bean. */
@ApplicationScoped
public class CpuLoadProbe implements ProbeCheck {

    @Inject
    HealthSettings settings;

    @Override
    public Probe probe() {
        return Probe.CPU_LOAD;
    }

    @Override
    public ProbeReading check(Instant now) {
        return Measurement.take(probe(), now, took -> {
            OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
            return new CpuLoad(os.getSystemLoadAverage(), os.getAvailableProcessors())
                    .reading(settings.cpuLoad(), now, took.get());
        });
    }
}
