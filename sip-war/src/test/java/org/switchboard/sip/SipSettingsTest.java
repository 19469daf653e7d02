package org.switchboard.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.shared.model.InvalidSetting;

class SipSettingsTest {

    private final Map<String, String> properties = new HashMap<>();

    @Test
    void givenNothingSet_thenItListensOnLoopback5060ForUdpAndTcp() {
        assertThat(SipSettings.from(properties::get)).isEqualTo(new SipSettings("127.0.0.1", 5060, 5060));
    }

    @Test
    void readsAddressAndPortsTrimmed() {
        properties.put(SipSettings.BIND_ADDRESS, " 127.0.0.2 ");
        properties.put(SipSettings.UDP_PORT, "5070 ");
        properties.put(SipSettings.TCP_PORT, " 5071");

        assertThat(SipSettings.from(properties::get)).isEqualTo(new SipSettings("127.0.0.2", 5070, 5071));
    }

    @Test
    void givenAPortOffset_thenBothPortsAreShifted() {
        properties.put(SipSettings.UDP_PORT, "5060");
        properties.put(SipSettings.TCP_PORT, "5062");
        properties.put(SipSettings.PORT_OFFSET, "100");

        SipSettings settings = SipSettings.from(properties::get);

        assertThat(settings.udpPort()).isEqualTo(5160);
        assertThat(settings.tcpPort()).isEqualTo(5162);
    }

    @Test
    void givenAUdpPortThatIsNotANumber_thenStartupFailsNamingTheKeyAndTheValue() {
        properties.put(SipSettings.UDP_PORT, "fifty");

        assertThatThrownBy(() -> SipSettings.from(properties::get))
                .isInstanceOf(InvalidSetting.class)
                .hasMessageContaining("switchboard.sip.udp-port")
                .hasMessageContaining("fifty");
    }

    @Test
    void givenATcpPortOutOfRange_thenStartupFailsNamingTheKey() {
        properties.put(SipSettings.TCP_PORT, "70000");

        assertThatThrownBy(() -> SipSettings.from(properties::get))
                .isInstanceOf(InvalidSetting.class)
                .hasMessageContaining("switchboard.sip.tcp-port")
                .hasMessageContaining("1 to 65535");
    }

    @Test
    void givenPortZero_thenStartupFailsBecauseTheStackCannotListenOnAnEphemeralPort() {
        properties.put(SipSettings.UDP_PORT, "0");

        assertThatThrownBy(() -> SipSettings.from(properties::get)).hasMessageContaining("switchboard.sip.udp-port");
    }

    @Test
    void givenAnOffsetThatPushesAPortPast65535_thenStartupFailsNamingThePortAndTheOffset() {
        properties.put(SipSettings.TCP_PORT, "65000");
        properties.put(SipSettings.PORT_OFFSET, "1000");

        assertThatThrownBy(() -> SipSettings.from(properties::get))
                .hasMessageContaining("switchboard.sip.tcp-port")
                .hasMessageContaining("jboss.socket.binding.port-offset");
    }

    @Test
    void givenANegativeOffset_thenStartupFailsNamingTheOffsetKey() {
        properties.put(SipSettings.PORT_OFFSET, "-1");

        assertThatThrownBy(() -> SipSettings.from(properties::get))
                .hasMessageContaining("jboss.socket.binding.port-offset");
    }

    @Test
    void givenABlankBindAddress_thenStartupFailsNamingTheKey() {
        properties.put(SipSettings.BIND_ADDRESS, "  ");

        assertThatThrownBy(() -> SipSettings.from(properties::get))
                .isInstanceOf(InvalidSetting.class)
                .hasMessageContaining("switchboard.sip.bind-address");
    }

    @Test
    void givenABindAddressWithSpaces_thenStartupFailsNamingTheKey() {
        properties.put(SipSettings.BIND_ADDRESS, "127.0.0.1 5060");

        assertThatThrownBy(() -> SipSettings.from(properties::get)).hasMessageContaining("switchboard.sip.bind-address");
    }
}
