package org.switchboard.failover.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.shared.model.InvalidSetting;

class SiteSettingsTest {

    private final Map<String, String> properties = new HashMap<>(Map.of(
            SiteSettings.NAME, "site-b",
            SiteSettings.ROLE, "Secondary",
            SiteSettings.PEER_ADDRESS, " 10.0.0.1 "));

    @Test
    void readsNameRoleAndPeer() {
        SiteSettings settings = SiteSettings.from(properties::get);

        assertThat(settings).isEqualTo(new SiteSettings("site-b", SiteRole.SECONDARY, "10.0.0.1"));
    }

    @Test
    void givenNoPeer_thenThePeerIsEmpty() {
        properties.remove(SiteSettings.PEER_ADDRESS);

        assertThat(SiteSettings.from(properties::get).peerAddress()).isEmpty();
    }

    @Test
    void givenAnUnknownRole_thenStartupFailsNamingTheKey() {
        properties.put(SiteSettings.ROLE, "tertiary");

        assertThatThrownBy(() -> SiteSettings.from(properties::get))
                .isInstanceOf(InvalidSetting.class)
                .hasMessageContaining("switchboard.site.role")
                .hasMessageContaining("tertiary");
    }

    @Test
    void givenASiteNameWithSpaces_thenStartupFailsNamingTheKey() {
        properties.put(SiteSettings.NAME, "site b");

        assertThatThrownBy(() -> SiteSettings.from(properties::get)).hasMessageContaining("switchboard.site.name");
    }

    @Test
    void givenASiteNameLongerThanATransactionNodeIdAllows_thenStartupFails() {
        properties.put(SiteSettings.NAME, "a".repeat(24));

        assertThatThrownBy(() -> SiteSettings.from(properties::get)).hasMessageContaining("1 to 23");
    }

    @Test
    void givenNoSiteName_thenStartupFailsNamingTheKey() {
        properties.remove(SiteSettings.NAME);

        assertThatThrownBy(() -> SiteSettings.from(properties::get)).hasMessageContaining("switchboard.site.name");
    }

    @Test
    void roleLabelsAreWhatOperatorsType() {
        assertThat(SiteRole.parse("k", SiteRole.PRIMARY.label())).isEqualTo(SiteRole.PRIMARY);
    }
}
