package org.switchboard.console.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.shared.model.InvalidSetting;

class AccountSettingsTest {

    @Test
    void withoutARealmTheDefaultIsSwitchboard() {
        assertThat(AccountSettings.from(key -> null).sipRealm()).isEqualTo("switchboard");
        assertThat(AccountSettings.from(Map.of(AccountSettings.SIP_REALM, " ")::get).sipRealm())
                .isEqualTo("switchboard");
    }

    @Test
    void aRealmIsReadStripped() {
        assertThat(AccountSettings.from(Map.of(AccountSettings.SIP_REALM, " reception@example.org ")::get).sipRealm())
                .isEqualTo("reception@example.org");
    }

    @Test
    void aRealmThatAQuotedStringCannotCarryAsItIsStopsTheStartNamingTheKey() {
        assertThatThrownBy(() -> AccountSettings.from(Map.of(AccountSettings.SIP_REALM, "a\"b")::get))
                .isInstanceOf(InvalidSetting.class).hasMessageContaining(AccountSettings.SIP_REALM);
        assertThatThrownBy(() -> AccountSettings.from(Map.of(AccountSettings.SIP_REALM, "x".repeat(65))::get))
                .isInstanceOf(InvalidSetting.class);
        assertThatThrownBy(() -> AccountSettings.from(Map.of(AccountSettings.SIP_REALM, "réception")::get))
                .isInstanceOf(InvalidSetting.class);
    }
}
