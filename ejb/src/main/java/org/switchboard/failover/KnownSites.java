package org.switchboard.failover;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import org.switchboard.failover.model.SiteStatus;

/** The latest status of each site heard on the FailoverEvents topic, this one included. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class KnownSites {

    private final Map<String, SiteStatus> latestBySite = new ConcurrentHashMap<>();

    /** Keeps the status unless a newer one from the same site is already known. */
    public void heard(SiteStatus status) {
        SiteStatus before = latestBySite.putIfAbsent(status.site(), status);
        if (before == null) {
            FailoverLog.LOG.siteHeard(status.site(), status.role().label(), status.serverVersion());
            return;
        }
        latestBySite.merge(status.site(), status,
                (known, candidate) -> candidate.at().isBefore(known.at()) ? known : candidate);
    }

    public Optional<SiteStatus> latest(String siteName) {
        return Optional.ofNullable(latestBySite.get(siteName));
    }

    public List<SiteStatus> all() {
        return latestBySite.values().stream().sorted(Comparator.comparing(SiteStatus::site)).toList();
    }
}
