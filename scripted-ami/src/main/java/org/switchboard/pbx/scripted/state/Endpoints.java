package org.switchboard.pbx.scripted.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToLongFunction;
import org.switchboard.pbx.scripted.AmiMessage;

/**
 * PJSIP endpoints by name and their registered contacts by object name, seeded from the recorded
 * PJSIPShowEndpoints and PJSIPShowContacts answers. ContactStatus adds, updates or (Removed) drops a contact;
 * DeviceStateChange of {@code PJSIP/<name>} sets the endpoint's device state text.
 */
final class Endpoints {

    private static final Set<String> NOT_KEPT = Set.of("Event", "ActionID", "Privilege", "Timestamp");
    private static final Map<String, String> DEVICE_STATE_TEXT = Map.of("UNKNOWN", "Unknown",
            "NOT_INUSE", "Not in use", "INUSE", "In use", "BUSY", "Busy", "INVALID", "Invalid",
            "UNAVAILABLE", "Unavailable", "RINGING", "Ringing", "RINGINUSE", "Ring+Inuse", "ONHOLD", "On Hold");

    private final Map<String, Map<String, String>> endpoints = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> contacts = new LinkedHashMap<>();

    void seed(List<AmiMessage> endpointItems, List<AmiMessage> contactItems) {
        endpointItems.forEach(item -> endpoints.put(item.getOr("ObjectName", ""), item.fieldsExcept(NOT_KEPT)));
        contactItems.forEach(item -> contacts.put(item.getOr("ObjectName", ""), item.fieldsExcept(NOT_KEPT)));
    }

    void apply(AmiMessage event) {
        switch (event.type()) {
            case "DeviceStateChange" -> deviceState(event);
            case "ContactStatus" -> contactStatus(event);
            default -> { }
        }
    }

    private void deviceState(AmiMessage event) {
        String device = event.getOr("Device", "");
        if (device.startsWith("PJSIP/")) {
            Map<String, String> endpoint = endpoints.get(device.substring("PJSIP/".length()));
            if (endpoint != null) {
                String state = event.getOr("State", "");
                endpoint.put("DeviceState", DEVICE_STATE_TEXT.getOrDefault(state, state));
            }
        }
    }

    private void contactStatus(AmiMessage event) {
        String uri = event.getOr("URI", "");
        String aor = event.getOr("AOR", "");
        String endpointName = event.getOr("EndpointName", aor);
        String status = event.getOr("ContactStatus", "");
        Optional<String> existing = contacts.entrySet().stream()
                .filter(entry -> uri.equals(entry.getValue().get("Uri"))).map(Map.Entry::getKey).findFirst();
        String listed = aor + "/" + uri + ",";
        Map<String, String> endpoint = endpoints.getOrDefault(endpointName, new LinkedHashMap<>());
        String endpointContacts = endpoint.getOrDefault("Contacts", "");
        if (status.equals("Removed")) {
            existing.ifPresent(contacts::remove);
            endpoint.computeIfPresent("Contacts", (key, value) -> value.replace(listed, ""));
            return;
        }
        Map<String, String> contact = contacts.computeIfAbsent(existing.orElseGet(() -> newObjectName(aor)),
                name -> newContact(name, uri, endpointName));
        contact.put("Status", status.equals("Created") ? "Unknown" : status);
        contact.put("RoundtripUsec", event.getOr("RoundtripUsec", "N/A"));
        if (endpoints.containsKey(endpointName) && !endpointContacts.contains(listed)) {
            endpoint.put("Contacts", endpointContacts + listed);
        }
    }

    private static String newObjectName(String aor) {
        return aor + ";@" + UUID.randomUUID().toString().replace("-", "");
    }

    private static Map<String, String> newContact(String objectName, String uri, String endpoint) {
        String hostPort = uri.substring(uri.indexOf('@') + 1);
        int colon = hostPort.lastIndexOf(':');
        Map<String, String> contact = new LinkedHashMap<>();
        String[] fields = {"ObjectType", "contact", "ObjectName", objectName,
            "ViaAddr", colon < 0 ? hostPort : hostPort.substring(0, colon), "QualifyTimeout", "3.000000",
            "Qualify2xxOnly", "false", "CallId", "", "RegServer", "", "PruneOnBoot", "no", "Path", "",
            "Endpoint", endpoint, "ViaPort", colon < 0 ? "5060" : hostPort.substring(colon + 1),
            "AuthenticateQualify", "no", "Uri", uri, "QualifyFrequency", "0", "UserAgent", "",
            "ExpirationTime", "0", "OutboundProxy", "", "Status", "Unknown", "RoundtripUsec", "N/A"};
        for (int i = 0; i < fields.length; i += 2) {
            contact.put(fields[i], fields[i + 1]);
        }
        return contact;
    }

    /** The items of a PJSIPShowEndpoints answer; {@code activeChannels} counts the live channels of an endpoint. */
    List<AmiMessage> endpoints(ToLongFunction<String> activeChannels) {
        return endpoints.entrySet().stream()
                .map(entry -> AmiMessage.of("Event", "EndpointList", "ActionID", "").withAll(entry.getValue())
                        .with("ActiveChannels", Long.toString(activeChannels.applyAsLong(entry.getKey()))))
                .toList();
    }

    /** The items of a PJSIPShowContacts answer. */
    List<AmiMessage> contacts() {
        return contacts.values().stream()
                .map(contact -> AmiMessage.of("Event", "ContactList", "ActionID", "").withAll(contact))
                .toList();
    }
}
