package org.switchboard.health.probe;

import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.switchboard.health.ProbeCheck;
import org.switchboard.health.model.HealthSettings;
import org.switchboard.health.model.ProbeReading;

/**
 * A database consistency probe on the application's datasource, outside any container transaction: a caller's
 * transaction is suspended (NOT_SUPPORTED; on the subclasses, the beans), and the check opens its own read-only
 * one on a connection of its own. The two probes say which rules they run.
 */
abstract class DatabaseProbe implements ProbeCheck {

    @Resource(lookup = "java:jboss/datasources/SwitchboardDS")
    DataSource database;

    @Inject
    HealthSettings settings;

    abstract List<DatabaseConsistency.Rule> rules();

    @Override
    public ProbeReading check(Instant now) {
        return DatabaseConsistency.check(probe(), rules(), database, settings.dbTimeout(), now);
    }
}
