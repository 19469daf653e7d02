package org.switchboard.health.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bytes received and sent so far by the machine's network interfaces, the loopback left out, as Linux counts
 * them in {@code /proc/net/dev}.
 *
 * @param received bytes received by all counted interfaces
 * @param sent bytes sent by all counted interfaces
 * @param interfaces the names of the counted interfaces
 */
public record NetworkCounters(long received, long sent, List<String> interfaces) {

    private static final String LOOPBACK = "lo";
    private static final int RECEIVED_BYTES = 0;
    private static final int SENT_BYTES = 8;

    public NetworkCounters {
        interfaces = List.copyOf(interfaces);
    }

    /**
     * Reads the text of {@code /proc/net/dev}: two header lines, then one line per interface, its name, a colon and
     * sixteen counters (the first received bytes, the ninth sent bytes). Empty when the text has no interface line
     * or a line cannot be read.
     */
    public static Optional<NetworkCounters> fromProcNetDev(String text) {
        long received = 0;
        long sent = 0;
        List<String> names = new ArrayList<>();
        boolean any = false;
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0 || line.contains("|")) {
                continue;
            }
            String name = line.substring(0, colon).strip();
            String[] counters = line.substring(colon + 1).strip().split("\\s+");
            if (name.isEmpty() || counters.length <= SENT_BYTES) {
                return Optional.empty();
            }
            any = true;
            if (name.equals(LOOPBACK)) {
                continue;
            }
            try {
                received += Long.parseLong(counters[RECEIVED_BYTES]);
                sent += Long.parseLong(counters[SENT_BYTES]);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            names.add(name);
        }
        return any ? Optional.of(new NetworkCounters(received, sent, names)) : Optional.empty();
    }
}
