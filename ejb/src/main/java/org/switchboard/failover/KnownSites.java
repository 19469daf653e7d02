package org.switchboard.failover;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import org.switchboard.failover.model.SiteAnnouncement;

/** The latest announcement heard from each site, this one included. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class KnownSites {

    private final Map<String, SiteAnnouncement> latestBySite = new ConcurrentHashMap<>();

    /** Keeps the announcement unless a newer one from the same site is already known. */
    public void heard(SiteAnnouncement announcement) {
        SiteAnnouncement before = latestBySite.putIfAbsent(announcement.siteName(), announcement);
        if (before == null) {
            FailoverLog.LOG.siteHeard(announcement.siteName(), announcement.role().label(), announcement.serverVersion());
            return;
        }
        latestBySite.merge(announcement.siteName(), announcement,
                (known, candidate) -> candidate.announcedAt().isBefore(known.announcedAt()) ? known : candidate);
    }

    public Optional<SiteAnnouncement> latest(String siteName) {
        return Optional.ofNullable(latestBySite.get(siteName));
    }

    public List<SiteAnnouncement> all() {
        return latestBySite.values().stream().sorted(Comparator.comparing(SiteAnnouncement::siteName)).toList();
    }
}
