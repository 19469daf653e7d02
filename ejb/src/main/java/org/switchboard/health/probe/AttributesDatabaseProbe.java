package org.switchboard.health.probe;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.switchboard.health.model.Probe;

/** DB_ATTRIBUTES (not critical): the stored presences are readable and sane. */
@ApplicationScoped
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
