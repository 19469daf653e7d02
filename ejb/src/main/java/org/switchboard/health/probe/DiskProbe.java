package org.switchboard.health.probe;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import jakarta.inject.Inject;

import org.switchboard.health.ProbeCheck;
import org.switchboard.health.model.DiskUse;
import org.switchboard.health.model.HealthSettings;
import org.switchboard.health.model.Probe;
import org.switchboard.health.model.ProbeLevel;
import org.switchboard.health.model.ProbeReading;

/** How full the partition holding a directory is ({@link FileStore}); the two disk probes say which directory. */
abstract class DiskProbe implements ProbeCheck {

    @Inject
    HealthSettings settings;

    /** The directory whose partition is watched, or empty when the server does not say. */
    abstract Optional<Path> directory();

    @Override
    public ProbeReading check(Instant now) {
        return Measurement.take(probe(), now, took -> {
            Optional<Path> directory = directory();
            if (directory.isEmpty()) {
                return new ProbeReading(probe(), ProbeLevel.UNKNOWN, "no directory",
                        "no data directory: set " + HealthSettings.DATA_DIR, now, took.get());
            }
            return usage(directory.get()).reading(probe(), settings.disk(), now, took.get());
        });
    }

    static DiskUse usage(Path directory) throws IOException {
        FileStore store = Files.getFileStore(directory);
        return new DiskUse(directory + " (" + store.name() + ")", store.getTotalSpace(),
                store.getUnallocatedSpace(), store.getUsableSpace());
    }
}
