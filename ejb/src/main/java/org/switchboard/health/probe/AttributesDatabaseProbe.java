package org.switchboard.health.probe;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.switchboard.health.model.Probe;

/** DB_ATTRIBUTES (not critical): the stored presences are readable and sane. */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class AttributesDatabaseProbe extends DatabaseProbe {

    @Override
    public Probe probe() {
        return Probe.DB_ATTRIBUTES;
    }

    @Override
    List<DatabaseConsistency.Rule> rules() {
        return DatabaseConsistency.ATTRIBUTES;
    }
}
