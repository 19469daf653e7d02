package org.switchboard.phone.model;

import java.util.Locale;

/**
 * Where a registered phone can be reached, read from its contact URI: {@code sip:201@127.0.0.1:5061}
 * is host {@code 127.0.0.1}, port 5061. Without a port, SIP's defaults apply (5060, or 5061 for
 * {@code sips}); URI parameters and the user part are ignored; IPv6 hosts keep their brackets.
 */
public record ContactAddress(String uri, String host, int port) {

    private static final int SIP_PORT = 5060;
    private static final int SIPS_PORT = 5061;

    /** {@code host:port}, as the operators' views show it. */
    public String hostAndPort() {
        return host + ":" + port;
    }

    public static ContactAddress parse(String uri) {
        String rest = uri == null ? "" : uri.strip();
        int defaultPort = rest.toLowerCase(Locale.ROOT).startsWith("sips:") ? SIPS_PORT : SIP_PORT;
        int colon = rest.indexOf(':');
        if (colon >= 0 && rest.substring(0, colon).toLowerCase(Locale.ROOT).startsWith("sip")) {
            rest = rest.substring(colon + 1);
        }
        rest = rest.substring(rest.indexOf('@') + 1);
        int end = firstOf(rest, ";?>");
        String hostPort = rest.substring(0, end);
        int portColon = hostPort.lastIndexOf(':');
        if (portColon > hostPort.lastIndexOf(']') && portColon >= 0) {
            try {
                return new ContactAddress(uri, hostPort.substring(0, portColon),
                        Integer.parseInt(hostPort.substring(portColon + 1)));
            } catch (NumberFormatException notAPort) {
                return new ContactAddress(uri, hostPort.substring(0, portColon), defaultPort);
            }
        }
        return new ContactAddress(uri, hostPort, defaultPort);
    }

    private static int firstOf(String text, String stops) {
        for (int i = 0; i < text.length(); i++) {
            if (stops.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
