package org.switchboard.health.probe;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.switchboard.health.model.Probe;

/** DISK_DATA: the partition of {@code SWB_HEALTH_DATA_DIR}, by default the server's data directory. */
@ApplicationScoped
public class DataDiskProbe extends DiskProbe {

    static final String SERVER_DATA_DIR = "jboss.server.data.dir";

    @Override
    public Probe probe() {
        return Probe.DISK_DATA;
    }

    @Override
    Optional<Path> directory() {
        return settings.dataDir().or(() -> Optional.ofNullable(System.getProperty(SERVER_DATA_DIR))).map(Path::of);
    }
}
