package org.switchboard.failover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.switchboard.failover.model.FencingFlags;
import org.switchboard.failover.model.SiteStatus;
import org.switchboard.failover.model.SiteRole;

class KnownSitesTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    private final KnownSites sites = new KnownSites();

    @Test
    void keepsTheLatestStatusPerSite() {
        sites.heard(announcement("site-a", SiteRole.PRIMARY, T0));
        sites.heard(announcement("site-a", SiteRole.SECONDARY, T0.plusSeconds(10)));

        assertThat(sites.latest("site-a")).get().extracting(SiteStatus::role).isEqualTo(SiteRole.SECONDARY);
    }

    @Test
    void givenAnOlderStatusArrivesLate_thenTheNewerOneStays() {
        sites.heard(announcement("site-a", SiteRole.SECONDARY, T0.plusSeconds(10)));
        sites.heard(announcement("site-a", SiteRole.PRIMARY, T0));

        assertThat(sites.latest("site-a")).get().extracting(SiteStatus::at).isEqualTo(T0.plusSeconds(10));
    }

    @Test
    void listsSitesByName() {
        sites.heard(announcement("site-b", SiteRole.SECONDARY, T0));
        sites.heard(announcement("site-a", SiteRole.PRIMARY, T0));

        assertThat(sites.all()).extracting(SiteStatus::site).containsExactly("site-a", "site-b");
    }

    @Test
    void givenASiteNeverHeard_thenNothingIsKnownOfIt() {
        assertThat(sites.latest("site-z")).isEmpty();
    }

    private static SiteStatus announcement(String site, SiteRole role, Instant at) {
        return new SiteStatus(site, role, FencingFlags.CLEAR, true, "", false, false, "1.0", at);
    }
}
