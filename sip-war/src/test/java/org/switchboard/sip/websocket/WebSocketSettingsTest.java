package org.switchboard.sip.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.shared.model.InvalidSetting;

class WebSocketSettingsTest {

    @Test
    void byDefault_onlyTheSameOriginMayConnect_onWildFlysPortsShiftedByItsOffset() {
        WebSocketSettings settings = WebSocketSettings.from(Map.of("jboss.socket.binding.port-offset", "100")::get);

        assertThat(settings.origins().listed()).isEmpty();
        assertThat(settings.port()).isEqualTo(8180);
        assertThat(settings.securePort()).isEqualTo(8543);
    }

    @Test
    void theSameOrigin_isTheOriginWhoseHostAndPortAreTheRequestsHost() {
        AllowedOrigins same = AllowedOrigins.sameOriginOnly();

        assertThat(same.allows("http://127.0.0.1:8080", "127.0.0.1:8080")).isTrue();
        assertThat(same.allows("https://Reception.Example.org", "reception.example.org:443")).isTrue();
        assertThat(same.allows("http://reception.example.org", "reception.example.org")).isTrue();
        assertThat(same.allows("http://127.0.0.1:8081", "127.0.0.1:8080")).isFalse();
        assertThat(same.allows("http://evil.example.com", "127.0.0.1:8080")).isFalse();
        assertThat(same.allows("null", "127.0.0.1:8080")).isFalse();
        assertThat(same.allows("http://127.0.0.1:8080", null)).isFalse();
    }

    @Test
    void listedOrigins_mayConnectToo_comparedByScheme_hostWithoutCase_andPort() {
        AllowedOrigins origins = WebSocketSettings.from(Map.of(WebSocketSettings.ALLOWED_ORIGINS,
                " https://Reception.example.org , http://10.0.0.5:8080")::get).origins();

        assertThat(origins.allows("https://reception.example.org:443", "server:8080")).isTrue();
        assertThat(origins.allows("http://10.0.0.5:8080", "server:8080")).isTrue();
        assertThat(origins.allows("http://reception.example.org", "server:8080")).isFalse();
        assertThat(origins.allows("http://10.0.0.5", "server:8080")).isFalse();
        assertThat(origins.allows("http://127.0.0.1:8080", "127.0.0.1:8080")).isTrue();
        assertThat(origins.describe()).contains("https://reception.example.org:443", "http://10.0.0.5:8080");
    }

    @Test
    void anEntryThatIsNotAnOrigin_failsTheStartupNamingTheKey() {
        for (String bad : new String[] {"reception.example.org", "https://reception.example.org/console",
                "ftp://reception.example.org", "https://", "*"}) {
            assertThatThrownBy(() -> WebSocketSettings.from(Map.of(WebSocketSettings.ALLOWED_ORIGINS, bad)::get))
                    .as(bad).isInstanceOf(InvalidSetting.class).hasMessageContaining(WebSocketSettings.ALLOWED_ORIGINS);
        }
    }
}
