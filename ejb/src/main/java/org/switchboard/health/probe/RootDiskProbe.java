package org.switchboard.health.probe;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.switchboard.health.model.Probe;

/** DISK_ROOT: the partition of {@code /}. */
@ApplicationScoped
public class RootDiskProbe extends DiskProbe {

    @Override
    public Probe probe() {
        return Probe.DISK_ROOT;
    }

    @Override
    Optional<Path> directory() {
        return Optional.of(Path.of("/"));
    }
}
