package org.switchboard.pbx.scripted.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.pbx.scripted.AmiMessage;

/** The bridges by unique id: BridgeCreate adds one, BridgeEnter and BridgeLeave refresh it, BridgeDestroy removes it. */
final class Bridges {

    private static final List<String> SNAPSHOT = List.of("BridgeUniqueid", "BridgeType", "BridgeTechnology",
            "BridgeCreator", "BridgeName", "BridgeNumChannels", "BridgeVideoSourceMode");

    private final Map<String, Map<String, String>> byId = new LinkedHashMap<>();

    void apply(AmiMessage event) {
        String id = event.getOr("BridgeUniqueid", "");
        switch (event.type()) {
            case "BridgeCreate", "BridgeEnter", "BridgeLeave" ->
                    byId.computeIfAbsent(id, key -> new LinkedHashMap<>()).putAll(event.pick(SNAPSHOT));
            case "BridgeDestroy" -> byId.remove(id);
            default -> { }
        }
    }

    /** The items of a BridgeList answer, optionally only those of one bridge type. */
    List<AmiMessage> list(String bridgeType) {
        return byId.values().stream()
                .filter(bridge -> bridgeType.isEmpty() || bridgeType.equals(bridge.get("BridgeType")))
                .map(bridge -> AmiMessage.of("Event", "BridgeListItem", "ActionID", "").withAll(bridge))
                .toList();
    }

    /** The snapshot of one bridge, as its events carry it; empty when there is no such bridge. */
    Map<String, String> snapshot(String id) {
        return Map.copyOf(byId.getOrDefault(id, Map.of()));
    }

    /** The id of a bridge of this type and name (such as the {@code parking} bridge of a lot); "" if none. */
    String find(String type, String name) {
        return byId.entrySet().stream()
                .filter(entry -> type.equals(entry.getValue().get("BridgeType"))
                        && name.equals(entry.getValue().get("BridgeName")))
                .map(Map.Entry::getKey).findFirst().orElse("");
    }

    void clear() {
        byId.clear();
    }
}
