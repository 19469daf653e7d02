package org.switchboard.health.probe;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.switchboard.health.model.Probe;

/** DB_DIRECTORY (critical): the receptionists' accounts, the call records and the sites are readable and sane. */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class DirectoryDatabaseProbe extends DatabaseProbe {

    @Override
    public Probe probe() {
        return Probe.DB_DIRECTORY;
    }

    @Override
    List<DatabaseConsistency.Rule> rules() {
        return DatabaseConsistency.DIRECTORY;
    }
}
