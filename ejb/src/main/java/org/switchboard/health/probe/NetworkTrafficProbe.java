package org.switchboard.health.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.switchboard.health.ProbeCheck;
import org.switchboard.health.model.HealthSettings;
import org.switchboard.health.model.NetworkCounters;
import org.switchboard.health.model.NetworkTraffic;
import org.switchboard.health.model.Probe;
import org.switchboard.health.model.ProbeReading;

/** NETWORK_TRAFFIC: bytes per second in and out since the previous run, from {@code /proc/net/dev}. */
@ApplicationScoped
public class NetworkTrafficProbe implements ProbeCheck {

    static final Path NET_DEV = Path.of("/proc/net/dev");

    @Inject
    HealthSettings settings;

    private NetworkTraffic traffic;

    @PostConstruct
    void create() {
        traffic = new NetworkTraffic(settings.networkMaxBytesPerSecond());
    }

    @Override
    public Probe probe() {
        return Probe.NETWORK_TRAFFIC;
    }

    @Override
    public synchronized ProbeReading check(Instant now) {
        return Measurement.take(probe(), now, took -> traffic.next(counters(), System.nanoTime(), now, took.get()));
    }

    private static Optional<NetworkCounters> counters() {
        try {
            return NetworkCounters.fromProcNetDev(Files.readString(NET_DEV));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
