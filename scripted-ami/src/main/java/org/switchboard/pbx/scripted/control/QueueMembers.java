package org.switchboard.pbx.scripted.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.Reaction;
import org.switchboard.pbx.scripted.state.PbxState;

/**
 * QueueAdd, QueueRemove and QueuePause as Asterisk answers them (queue-member-add-remove, queue-member-pause,
 * takeback-from-personal-queue): the pause device's DeviceStateChange, then QueueMemberAdded,
 * QueueMemberRemoved or one QueueMemberPause per queue, each with the member's whole record.
 */
final class QueueMembers {

    private final PbxState state;

    QueueMembers(PbxState state) {
        this.state = state;
    }

    Reaction pause(AmiMessage action) {
        String location = action.getOr("Interface", "");
        Map<String, Map<String, String>> memberships = state.queueMemberships(action.getOr("Queue", ""), location);
        if (memberships.isEmpty()) {
            return Reaction.error("Interface not found");
        }
        boolean paused = !action.getOr("Paused", "true").equalsIgnoreCase("false");
        String reason = paused ? action.getOr("Reason", "") : "";
        String now = Long.toString(state.clock().instant().getEpochSecond());
        Script script = new Script(state.clock());
        memberships.forEach((queue, member) -> {
            member.put("Paused", paused ? "1" : "0");
            member.put("PausedReason", reason);
            if (paused) {
                member.put("LastPause", now);
            }
            script.device("Queue:" + queue + "_pause_" + location, paused ? "INUSE" : "NOT_INUSE");
            script.event("QueueMemberPause", Script.AGENT).putAll(memberEvent(queue, member));
        });
        return Reaction.success(paused ? "Interface paused successfully" : "Interface unpaused successfully")
                .thenEmit(script.events().toArray(AmiMessage[]::new));
    }

    Reaction add(AmiMessage action) {
        String queue = action.getOr("Queue", "");
        String location = action.getOr("Interface", "");
        if (!state.queueExists(queue)) {
            return Reaction.error("Unable to add interface to queue: No such queue");
        }
        if (!state.queueMemberships(queue, location).isEmpty()) {
            return Reaction.error("Unable to add interface: Already there");
        }
        boolean paused = action.getOr("Paused", "false").equalsIgnoreCase("true");
        String now = Long.toString(state.clock().instant().getEpochSecond());
        Map<String, String> member = new LinkedHashMap<>();
        member.put("Name", action.getOr("MemberName", location));
        member.put("Location", location);
        member.put("StateInterface", action.getOr("StateInterface", location));
        member.put("Membership", "dynamic");
        member.put("Penalty", action.getOr("Penalty", "0"));
        member.put("CallsTaken", "0");
        member.put("LastCall", "0");
        member.put("LastPause", paused ? now : "0");
        member.put("LoginTime", now);
        member.put("InCall", "0");
        member.put("Status", "1");
        member.put("Paused", paused ? "1" : "0");
        member.put("PausedReason", paused ? action.getOr("Reason", "") : "");
        member.put("Wrapuptime", "0");
        Script script = new Script(state.clock());
        script.device("Queue:" + queue + "_pause_" + location, paused ? "INUSE" : "NOT_INUSE");
        script.event("QueueMemberAdded", Script.AGENT).putAll(memberEvent(queue, member));
        return Reaction.success("Added interface to queue").thenEmit(script.events().toArray(AmiMessage[]::new));
    }

    Reaction remove(AmiMessage action) {
        String queue = action.getOr("Queue", "");
        String location = action.getOr("Interface", "");
        if (!state.queueExists(queue)) {
            return Reaction.error("Unable to remove interface from queue: No such queue");
        }
        Map<String, String> member = state.queueMemberships(queue, location).get(queue);
        if (member == null) {
            return Reaction.error("Unable to remove interface: Not there");
        }
        Script script = new Script(state.clock());
        script.event("QueueMemberRemoved", Script.AGENT).putAll(memberEvent(queue, member));
        return Reaction.success("Removed interface from queue").thenEmit(script.events().toArray(AmiMessage[]::new));
    }

    /** A member's record as the QueueMember* events carry it. */
    private static Map<String, String> memberEvent(String queue, Map<String, String> member) {
        Map<String, String> event = new LinkedHashMap<>();
        event.put("Queue", queue);
        event.put("MemberName", member.getOrDefault("Name", ""));
        event.put("Interface", member.getOrDefault("Location", ""));
        for (String key : new String[] {"StateInterface", "Membership", "Penalty", "CallsTaken", "LastCall",
                "LastPause", "LoginTime", "InCall", "Status", "Paused", "PausedReason"}) {
            event.put(key, member.getOrDefault(key, "0"));
        }
        event.put("Ringinuse", "0");
        event.put("Wrapuptime", member.getOrDefault("Wrapuptime", "0"));
        return event;
    }
}
