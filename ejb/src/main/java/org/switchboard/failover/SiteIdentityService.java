package org.switchboard.failover;

import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.switchboard.failover.model.SiteSettings;
import org.switchboard.failover.persistence.Site;
import org.switchboard.failover.persistence.SiteRepository;
import org.switchboard.runtime.ServerRuntime;

/**
 * Records each start of this server in its site record: created on the first start, updated on every later
 * one. The record outlives the process, so an operator sees how often a site restarted and with what.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SiteIdentityService {

    @Inject
    SiteSettings settings;

    @Inject
    SiteRepository sites;

    @Inject
    ServerRuntime runtime;

    @Inject
    Clock clock;

    @PostConstruct
    void recordStart() {
        String role = settings.role().label();
        Site site = sites.find(settings.name())
                .map(existing -> {
                    existing.recordStart(role, runtime.version(), clock.instant());
                    return existing;
                })
                .orElseGet(() -> sites.add(Site.firstStart(settings.name(), role, runtime.version(), clock.instant())));
        FailoverLog.LOG.siteStarted(site.name(), site.role(), site.serverVersion(), site.startCount());
    }

    public SiteSettings settings() {
        return settings;
    }
}
