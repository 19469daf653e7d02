package org.switchboard.sip;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.UnaryOperator;

import org.switchboard.shared.model.InvalidSetting;

/**
 * Where the SIP endpoint listens, read once at startup.
 *
 * @param bindAddress the address of the UDP and TCP listening points, for example {@code 127.0.0.1}
 * @param udpPort the UDP port, already shifted by the server's port offset
 * @param tcpPort the TCP port, already shifted by the server's port offset
 */
public record SipSettings(String bindAddress, int udpPort, int tcpPort) {

    public static final String BIND_ADDRESS = "switchboard.sip.bind-address";
    public static final String UDP_PORT = "switchboard.sip.udp-port";
    public static final String TCP_PORT = "switchboard.sip.tcp-port";
    /** WildFly's offset for every socket binding, so that two servers can run on one machine. */
    public static final String PORT_OFFSET = "jboss.socket.binding.port-offset";

    static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    static final int DEFAULT_PORT = 5060;

    public SipSettings {
        if (bindAddress == null || bindAddress.isBlank()) {
            throw new IllegalArgumentException("bind address missing");
        }
        checkPort("UDP", udpPort);
        checkPort("TCP", tcpPort);
    }

    /**
     * Reads and validates the settings; {@code source} returns null for a key that is not set (for example
     * {@code System::getProperty}). A bad value fails with a message naming the key.
     */
    public static SipSettings from(UnaryOperator<String> source) {
        String address = text(source, BIND_ADDRESS, DEFAULT_BIND_ADDRESS);
        checkResolvable(address);
        int offset = number(source, PORT_OFFSET, 0, 0, 65534, "a port offset from 0 to 65534");
        int udp = number(source, UDP_PORT, DEFAULT_PORT, 1, 65535, "a port from 1 to 65535");
        int tcp = number(source, TCP_PORT, DEFAULT_PORT, 1, 65535, "a port from 1 to 65535");
        return new SipSettings(address, shifted(UDP_PORT, udp, offset), shifted(TCP_PORT, tcp, offset));
    }

    private static String text(UnaryOperator<String> source, String key, String fallback) {
        String value = source.apply(key);
        if (value == null) {
            return fallback;
        }
        String trimmed = value.trim();
        if (trimmed.isEmpty() || trimmed.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidSetting(key, value, "an IP address or host name");
        }
        return trimmed;
    }

    private static void checkResolvable(String address) {
        try {
            InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new InvalidSetting(BIND_ADDRESS, address, "an IP address or a host name that resolves");
        }
    }

    private static int number(UnaryOperator<String> source, String key, int fallback, int min, int max,
            String expected) {
        String value = source.apply(key);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                throw new InvalidSetting(key, value, expected);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidSetting(key, value, expected);
        }
    }

    private static int shifted(String key, int port, int offset) {
        int shifted = port + offset;
        if (shifted > 65535) {
            throw new InvalidSetting(key, Integer.toString(port),
                    "a port that stays at most 65535 once shifted by " + PORT_OFFSET + " (" + offset + ")");
        }
        return shifted;
    }

    private static void checkPort(String transport, int port) {
        if (port < 1 || port > 65535) {
            // JAIN-SIP refuses port 0: it cannot listen on an ephemeral port
            throw new IllegalArgumentException(transport + " port out of range: " + port);
        }
    }
}
