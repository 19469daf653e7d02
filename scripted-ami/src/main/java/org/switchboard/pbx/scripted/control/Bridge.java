package org.switchboard.pbx.scripted.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A working copy of one bridge: its snapshot in Asterisk's order, with the member count kept as it changes. */
final class Bridge {

    private static final List<String> SNAPSHOT = List.of("BridgeUniqueid", "BridgeType", "BridgeTechnology",
            "BridgeCreator", "BridgeName", "BridgeNumChannels", "BridgeVideoSourceMode");

    private final Map<String, String> snapshot = new LinkedHashMap<>();
    private int members;

    private Bridge(Map<String, String> from) {
        SNAPSHOT.forEach(key -> snapshot.put(key, from.getOrDefault(key, "")));
        members = Integer.parseInt(snapshot.get("BridgeNumChannels").isEmpty() ? "0" : snapshot.get("BridgeNumChannels"));
    }

    static Bridge of(Map<String, String> snapshot) {
        return new Bridge(snapshot);
    }

    /** A new basic two-party bridge, as Dial and the Bridge action make. */
    static Bridge basic(String id) {
        return new Bridge(Map.of("BridgeUniqueid", id, "BridgeType", "basic", "BridgeTechnology", "simple_bridge",
                "BridgeCreator", "<unknown>", "BridgeName", "<unknown>", "BridgeNumChannels", "0",
                "BridgeVideoSourceMode", "none"));
    }

    /** The holding bridge of a parking lot. */
    static Bridge parking(String id, String lot) {
        return new Bridge(Map.of("BridgeUniqueid", id, "BridgeType", "parking", "BridgeTechnology", "holding_bridge",
                "BridgeCreator", "Parking", "BridgeName", lot, "BridgeNumChannels", "0",
                "BridgeVideoSourceMode", "none"));
    }

    void entered() {
        snapshot.put("BridgeNumChannels", Integer.toString(++members));
    }

    void left() {
        snapshot.put("BridgeNumChannels", Integer.toString(--members));
    }

    /** The bridge as its BridgeDestroy shows it: no channel left. */
    Bridge emptied() {
        members = 0;
        snapshot.put("BridgeNumChannels", "0");
        return this;
    }

    String id() {
        return snapshot.get("BridgeUniqueid");
    }

    Map<String, String> block() {
        return new LinkedHashMap<>(snapshot);
    }
}
