package org.switchboard.pbx.scripted.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.switchboard.pbx.scripted.AmiMessage;

/**
 * chan_sip peers by name, seeded from the recorded SIPpeers answer (PeerEntry items) and SIPshowpeer
 * answers. PeerStatus moves a peer's registered address (Registered with {@code Address: host:port},
 * Unregistered back to {@code -none-} and port 0) and its qualify status (Reachable, Lagged, Unreachable).
 */
final class Peers {

    private static final Set<String> NOT_KEPT = Set.of("Event", "ActionID", "Privilege", "Timestamp", "Response");
    private static final String NONE = "-none-";

    private final Map<String, Map<String, String>> entries = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> details = new LinkedHashMap<>();

    void seed(List<AmiMessage> peerEntries, List<AmiMessage> showPeerAnswers) {
        peerEntries.forEach(item -> entries.put(item.getOr("ObjectName", ""), item.fieldsExcept(NOT_KEPT)));
        showPeerAnswers.forEach(answer -> details.put(answer.getOr("ObjectName", ""), answer.fieldsExcept(NOT_KEPT)));
    }

    void apply(AmiMessage event) {
        if (!event.type().equals("PeerStatus") || !event.getOr("ChannelType", "SIP").equals("SIP")) {
            return;
        }
        String device = event.getOr("Peer", "");
        Map<String, String> entry = entries.get(device.substring(device.indexOf('/') + 1));
        if (entry == null) {
            return;
        }
        String time = event.getOr("Time", "0");
        switch (event.getOr("PeerStatus", "")) {
            case "Registered" -> address(entry, event.getOr("Address", ""));
            case "Unregistered" -> address(entry, "");
            case "Reachable" -> entry.put("Status", "OK (" + time + " ms)");
            case "Lagged" -> entry.put("Status", "LAGGED (" + time + " ms)");
            case "Unreachable" -> entry.put("Status", "UNREACHABLE");
            default -> { }
        }
    }

    private static void address(Map<String, String> entry, String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        entry.put("IPaddress", hostPort.isEmpty() ? NONE : colon < 0 ? hostPort : hostPort.substring(0, colon));
        entry.put("IPport", colon < 0 ? "0" : hostPort.substring(colon + 1));
    }

    /** The items of a SIPpeers answer. */
    List<AmiMessage> entries() {
        return entries.values().stream()
                .map(entry -> AmiMessage.of("Event", "PeerEntry", "ActionID", "").withAll(entry))
                .toList();
    }

    /**
     * The SIPshowpeer answer for one peer: its recorded answer (else the fields SIPpeers lists), with the
     * present address and status; empty for a peer the PBX does not have.
     */
    Optional<AmiMessage> details(String peer) {
        Map<String, String> entry = entries.get(peer);
        if (entry == null) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>(details.getOrDefault(peer, Map.of(
                "Channeltype", "SIP", "ObjectName", peer, "ChanObjectType", "peer",
                "Dynamic", "yes".equals(entry.get("Dynamic")) ? "Y" : "N",
                "Description", entry.getOrDefault("Description", ""))));
        String ip = entry.getOrDefault("IPaddress", NONE);
        fields.put("Address-IP", NONE.equals(ip) ? "(null)" : ip);
        fields.put("Address-Port", entry.getOrDefault("IPport", "0"));
        fields.put("Status", entry.getOrDefault("Status", "Unmonitored"));
        return Optional.of(AmiMessage.of("Response", "Success", "ActionID", "").withAll(fields));
    }
}
