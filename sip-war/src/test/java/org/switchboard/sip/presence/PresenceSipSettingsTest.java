package org.switchboard.sip.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.console.model.DigestAlgorithm;
import org.switchboard.presence.model.PresenceSettings;
import org.switchboard.shared.model.InvalidSetting;

class PresenceSipSettingsTest {

    private static final PresenceSettings PRESENCE = PresenceSettings.from(key -> null);

    @Test
    void theDefaults_areRfc3856s_thePublicationBoundsAreThePresenceServices_andTheChallengeOffersMd5() {
        PresenceSipSettings settings = PresenceSipSettings.from(key -> null, PRESENCE);

        assertThat(settings).isEqualTo(new PresenceSipSettings(60, 3600, Duration.ofSeconds(32),
                (int) PRESENCE.publicationLeaseMin().toSeconds(), (int) PRESENCE.publicationLease().toSeconds(), List.of(DigestAlgorithm.MD5)));
    }

    @Test
    void theDigestAlgorithms_areOfferedInTheOrderGiven() {
        Map<String, String> source = Map.of(PresenceSipSettings.DIGEST_ALGORITHMS, "SHA-256, md5");

        assertThat(PresenceSipSettings.from(source::get, PRESENCE).digestAlgorithms())
                .containsExactly(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5);
    }

    @Test
    void anUnknownDigestAlgorithm_failsTheStartNamingTheKey() {
        Map<String, String> source = Map.of(PresenceSipSettings.DIGEST_ALGORITHMS, "SHA-512");

        assertThatThrownBy(() -> PresenceSipSettings.from(source::get, PRESENCE)).isInstanceOf(InvalidSetting.class)
                .hasMessageContaining(PresenceSipSettings.DIGEST_ALGORITHMS);
    }

    @Test
    void aMaximumBelowTheMinimum_failsTheStartNamingTheKey() {
        Map<String, String> source = Map.of(PresenceSipSettings.SUBSCRIPTION_MIN_EXPIRES, "600",
                PresenceSipSettings.SUBSCRIPTION_MAX_EXPIRES, "300");

        assertThatThrownBy(() -> PresenceSipSettings.from(source::get, PRESENCE)).isInstanceOf(InvalidSetting.class)
                .hasMessageContaining(PresenceSipSettings.SUBSCRIPTION_MAX_EXPIRES);
    }

    @Test
    void aNotifyTimeoutThatIsNoNumber_failsTheStartNamingTheKey() {
        Map<String, String> source = Map.of(PresenceSipSettings.NOTIFY_TIMEOUT_SECONDS, "soon");

        assertThatThrownBy(() -> PresenceSipSettings.from(source::get, PRESENCE)).isInstanceOf(InvalidSetting.class)
                .hasMessageContaining(PresenceSipSettings.NOTIFY_TIMEOUT_SECONDS);
    }
}
