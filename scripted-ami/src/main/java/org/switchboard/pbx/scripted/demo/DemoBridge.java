package org.switchboard.pbx.scripted.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/** One bridge of the demo PBX: a basic two-party bridge, or the holding bridge of the parking lot. */
final class DemoBridge {

    private final String id;
    private final String type;
    private final String technology;
    private final String creator;
    private final String name;
    private int channels;

    private DemoBridge(String id, String type, String technology, String creator, String name) {
        this.id = id;
        this.type = type;
        this.technology = technology;
        this.creator = creator;
        this.name = name;
    }

    /** The bridge Asterisk makes when a dialled or queued call is answered. */
    static DemoBridge basic(String id) {
        return new DemoBridge(id, "basic", "simple_bridge", "<unknown>", "<unknown>");
    }

    /** The holding bridge where a parking lot keeps its parked calls. */
    static DemoBridge parking(String id, String lot) {
        return new DemoBridge(id, "parking", "holding_bridge", "Parking", lot);
    }

    void entered() {
        channels++;
    }

    void left() {
        channels--;
    }

    int channels() {
        return channels;
    }

    Map<String, String> block() {
        Map<String, String> block = new LinkedHashMap<>();
        block.put("BridgeUniqueid", id);
        block.put("BridgeType", type);
        block.put("BridgeTechnology", technology);
        block.put("BridgeCreator", creator);
        block.put("BridgeName", name);
        block.put("BridgeNumChannels", Integer.toString(channels));
        block.put("BridgeVideoSourceMode", "none");
        return block;
    }
}
