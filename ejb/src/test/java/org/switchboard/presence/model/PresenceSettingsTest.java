package org.switchboard.presence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.shared.model.InvalidSetting;

class PresenceSettingsTest {

    @Test
    void unset_takesTheLeasesOfTheDesignNotes() {
        PresenceSettings settings = PresenceSettings.from(key -> null);

        assertThat(settings.consoleLease()).isEqualTo(Duration.ofSeconds(90));
        assertThat(settings.consoleRenewal()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.phoneLease()).isEqualTo(Duration.ofSeconds(600));
        assertThat(settings.phoneReconcile()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.passiveLease()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.passiveLeaseMin()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.passiveLeaseMax()).isEqualTo(Duration.ofSeconds(3600));
        assertThat(settings.publicationLease()).isEqualTo(Duration.ofSeconds(3600));
        assertThat(settings.publicationLeaseMin()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.sweep()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.restartGrace()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void givenValues_areReadAsDurations() {
        PresenceSettings settings = PresenceSettings.from(Map.of(PresenceSettings.PHONE_LEASE, "PT5M",
                PresenceSettings.SWEEP, "500")::get);

        assertThat(settings.phoneLease()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.sweep()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aBadValue_failsNamingItsKey() {
        assertThatThrownBy(() -> PresenceSettings.from(Map.of(PresenceSettings.CONSOLE_LEASE, "long")::get))
                .isInstanceOf(InvalidSetting.class).hasMessageContaining(PresenceSettings.CONSOLE_LEASE);
    }

    @Test
    void aRenewalNotShorterThanItsLease_failsNamingTheRenewal() {
        assertThatThrownBy(() -> PresenceSettings.from(Map.of(PresenceSettings.CONSOLE_RENEWAL, "PT90S")::get))
                .isInstanceOf(InvalidSetting.class).hasMessageContaining(PresenceSettings.CONSOLE_RENEWAL);
    }

    @Test
    void aDefaultPassiveLeaseOutsideItsBounds_failsNamingIt() {
        assertThatThrownBy(() -> PresenceSettings.from(Map.of(PresenceSettings.PASSIVE_LEASE, "PT10S")::get))
                .isInstanceOf(InvalidSetting.class).hasMessageContaining(PresenceSettings.PASSIVE_LEASE + " is");
    }

    @Test
    void aPassiveLease_isTheOneAskedWithinBoundsOrTheDefault() {
        PresenceSettings settings = PresenceSettings.from(key -> null);

        assertThat(settings.passiveLease(Optional.empty())).contains(Duration.ofSeconds(120));
        assertThat(settings.passiveLease(Optional.of(Duration.ofSeconds(30)))).contains(Duration.ofSeconds(30));
        assertThat(settings.passiveLease(Optional.of(Duration.ofSeconds(3600)))).contains(Duration.ofSeconds(3600));
        assertThat(settings.passiveLease(Optional.of(Duration.ofSeconds(29)))).isEmpty();
        assertThat(settings.passiveLease(Optional.of(Duration.ofSeconds(3601)))).isEmpty();
    }
}
