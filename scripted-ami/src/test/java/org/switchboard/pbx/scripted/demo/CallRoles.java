package org.switchboard.pbx.scripted.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.pbx.scripted.AmiMessage;

/**
 * The events a call model cares about, per channel role. A role is the endpoint of a channel (201, trunk,
 * npa10001), which the recorded and the generated calls share; an event counts for every channel it names
 * (Channel, DestChannel, ParkeeChannel, ...). DialEnd is told with its status.
 */
final class CallRoles {

    static final Set<String> CALL_MODEL = Set.of("Newchannel", "Newstate", "DialBegin", "DialEnd", "BridgeEnter",
            "BridgeLeave", "QueueCallerJoin", "QueueCallerLeave", "QueueCallerAbandon", "AgentCalled",
            "AgentConnect", "AgentComplete", "Hold", "Unhold", "ParkedCall", "UnParkedCall", "BlindTransfer",
            "Hangup");
    private static final List<String> CHANNEL_KEYS = List.of("Channel", "DestChannel", "ParkeeChannel",
            "TransfererChannel", "TransfereeChannel", "RetrieverChannel");

    private CallRoles() {
    }

    /** Role to the types of the call-model events that name it, in order; list answers (with an ActionID) aside. */
    static Map<String, List<String>> of(List<AmiMessage> events) {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (AmiMessage event : events) {
            if (!CALL_MODEL.contains(event.type()) || event.has("ActionID")) {
                continue;
            }
            String told = event.type().equals("DialEnd") ? "DialEnd(" + event.getOr("DialStatus", "") + ")"
                    : event.type();
            for (String key : CHANNEL_KEYS) {
                String channel = event.getOr(key, "");
                if (channel.startsWith("PJSIP/")) {
                    String role = channel.substring("PJSIP/".length(), channel.lastIndexOf('-'));
                    roles.computeIfAbsent(role, name -> new java.util.ArrayList<>()).add(told);
                }
            }
        }
        return roles;
    }
}
