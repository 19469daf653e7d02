package org.switchboard.pbx.scripted.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.pbx.scripted.AmiMessage;

/**
 * Device states by device (from DeviceStateChange) and extension hint states by {@code exten@context}
 * (from ExtensionStatus); seeded from the recorded DeviceStateList and ExtensionStateList answers.
 */
final class Devices {

    private static final List<String> EXTENSION = List.of("Exten", "Context", "Hint", "Status", "StatusText");

    private static final Set<String> BUSY = Set.of("INUSE", "BUSY", "RINGING", "RINGINUSE", "ONHOLD");
    private static final String IDLE_EXTENSION = "0";
    private static final String UNAVAILABLE_EXTENSION = "4";

    private final Map<String, String> stateByDevice = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> extensions = new LinkedHashMap<>();

    void apply(AmiMessage event) {
        switch (event.type()) {
            case "DeviceStateChange" -> stateByDevice.put(event.getOr("Device", ""), event.getOr("State", ""));
            case "ExtensionStatus" -> extensions.put(event.getOr("Exten", "") + "@" + event.getOr("Context", ""),
                    event.pick(EXTENSION));
            default -> { }
        }
    }

    /** After a PBX restart no device is busy: busy states become NOT_INUSE, and busy hints Idle. */
    void idleAll() {
        stateByDevice.replaceAll((device, state) -> BUSY.contains(state) ? "NOT_INUSE" : state);
        for (Map<String, String> extension : extensions.values()) {
            String status = extension.getOrDefault("Status", IDLE_EXTENSION);
            if (!status.equals(IDLE_EXTENSION) && !status.equals(UNAVAILABLE_EXTENSION)) {
                extension.put("Status", IDLE_EXTENSION);
                extension.put("StatusText", "Idle");
            }
        }
    }

    /** The state of one device, such as {@code NOT_INUSE}; "" when unknown. */
    String state(String device) {
        return stateByDevice.getOrDefault(device, "");
    }

    /** The items of a DeviceStateList answer. */
    List<AmiMessage> deviceStates() {
        return stateByDevice.entrySet().stream()
                .map(entry -> AmiMessage.of("Event", "DeviceStateChange", "ActionID", "",
                        "Device", entry.getKey(), "State", entry.getValue()))
                .toList();
    }

    /** The items of an ExtensionStateList answer. */
    List<AmiMessage> extensionStates() {
        return extensions.values().stream()
                .map(extension -> AmiMessage.of("Event", "ExtensionStatus", "ActionID", "").withAll(extension))
                .toList();
    }
}
