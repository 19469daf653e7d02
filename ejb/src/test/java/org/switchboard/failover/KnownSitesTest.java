package org.switchboard.failover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.switchboard.failover.model.SiteAnnouncement;
import org.switchboard.failover.model.SiteRole;

class KnownSitesTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    private final KnownSites sites = new KnownSites();

    @Test
    void keepsTheLatestAnnouncementPerSite() {
        sites.heard(announcement("site-a", SiteRole.PRIMARY, T0));
        sites.heard(announcement("site-a", SiteRole.SECONDARY, T0.plusSeconds(10)));

        assertThat(sites.latest("site-a")).get().extracting(SiteAnnouncement::role).isEqualTo(SiteRole.SECONDARY);
    }

    @Test
    void givenAnOlderAnnouncementArrivesLate_thenTheNewerOneStays() {
        sites.heard(announcement("site-a", SiteRole.SECONDARY, T0.plusSeconds(10)));
        sites.heard(announcement("site-a", SiteRole.PRIMARY, T0));

        assertThat(sites.latest("site-a")).get().extracting(SiteAnnouncement::announcedAt).isEqualTo(T0.plusSeconds(10));
    }

    @Test
    void listsSitesByName() {
        sites.heard(announcement("site-b", SiteRole.SECONDARY, T0));
        sites.heard(announcement("site-a", SiteRole.PRIMARY, T0));

        assertThat(sites.all()).extracting(SiteAnnouncement::siteName).containsExactly("site-a", "site-b");
    }

    @Test
    void givenASiteNeverHeard_thenNothingIsKnownOfIt() {
        assertThat(sites.latest("site-z")).isEmpty();
    }

    private static SiteAnnouncement announcement(String site, SiteRole role, Instant at) {
        return new SiteAnnouncement(site, role, "1.0", at);
    }
}
