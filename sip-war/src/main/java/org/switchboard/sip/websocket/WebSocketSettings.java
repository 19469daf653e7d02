package org.switchboard.sip.websocket;

import java.util.function.UnaryOperator;

import org.switchboard.shared.model.InvalidSetting;
import org.switchboard.shared.model.SettingSource;

/**
 * SIP over WebSocket, read once at startup: which origins may connect, and the ports the browser reaches the
 * WebSocket on (WildFly's HTTP and HTTPS ports, shifted by its port offset), which the server names in the Via of
 * the requests it sends over a WebSocket.
 *
 * @param origins the origins allowed besides the server's own
 * @param port WildFly's HTTP port ({@code ws:})
 * @param securePort WildFly's HTTPS port ({@code wss:})
 */
public record WebSocketSettings(AllowedOrigins origins, int port, int securePort) {

    public static final String ALLOWED_ORIGINS = "switchboard.sip.ws.allowed-origins";
    /** WildFly's own properties for its HTTP and HTTPS socket bindings, and its port offset. */
    static final String HTTP_PORT = "jboss.http.port";
    static final String HTTPS_PORT = "jboss.https.port";
    static final String PORT_OFFSET = "jboss.socket.binding.port-offset";

    static final int DEFAULT_HTTP_PORT = 8080;
    static final int DEFAULT_HTTPS_PORT = 8443;

    /** Reads and validates the settings; {@code source} returns null for a key that is not set. */
    public static WebSocketSettings from(UnaryOperator<String> source) {
        AllowedOrigins origins;
        try {
            origins = AllowedOrigins.parse(source.apply(ALLOWED_ORIGINS));
        } catch (IllegalArgumentException e) {
            throw new InvalidSetting(ALLOWED_ORIGINS, source.apply(ALLOWED_ORIGINS),
                    "comma-separated http or https origins such as https://reception.example.org (" + e.getMessage() + ")");
        }
        SettingSource settings = new SettingSource(source);
        int offset = settings.integer(PORT_OFFSET, 0, 0, 65534);
        int http = settings.integer(HTTP_PORT, DEFAULT_HTTP_PORT, 1, 65535);
        int https = settings.integer(HTTPS_PORT, DEFAULT_HTTPS_PORT, 1, 65535);
        return new WebSocketSettings(origins, Math.min(65535, http + offset), Math.min(65535, https + offset));
    }
}
