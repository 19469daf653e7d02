package org.switchboard.pbx.scripted.state;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.pbx.scripted.AmiMessage;

/**
 * The live channels by unique id: Newchannel creates one, every event with a channel snapshot refreshes it
 * (Newstate, NewConnectedLine, NewCallerid, DialState, VarSet, ...), Newexten sets its application,
 * BridgeEnter and BridgeLeave its bridge, Rename its name, and Hangup removes it.
 */
final class Channels {

    private final Map<String, LiveChannel> byUniqueId = new LinkedHashMap<>();

    void apply(AmiMessage event, Instant now) {
        String uniqueId = event.getOr("Uniqueid", "");
        String type = event.type();
        if (type.equals("Newchannel")) {
            byUniqueId.put(uniqueId, new LiveChannel(event, now));
            return;
        }
        LiveChannel channel = byUniqueId.get(uniqueId);
        if (channel == null) {
            return;
        }
        switch (type) {
            case "Hangup" -> byUniqueId.remove(uniqueId);
            case "Rename" -> channel.rename(event.getOr("Newname", channel.name()));
            case "Newexten" -> channel.enterApplication(event.getOr("Application", ""), event.getOr("AppData", ""));
            case "BridgeEnter" -> channel.enterBridge(event.getOr("BridgeUniqueid", ""));
            case "BridgeLeave" -> channel.leaveBridge(event.getOr("BridgeUniqueid", ""));
            default -> { }
        }
        if (event.has("ChannelState") && !type.equals("Hangup") && !type.equals("Rename")) {
            channel.update(event);
        }
    }

    List<AmiMessage> coreShowChannels(Instant now) {
        return byUniqueId.values().stream().map(channel -> channel.coreShowChannel(now)).toList();
    }

    List<AmiMessage> status(Instant now) {
        return byUniqueId.values().stream().map(channel -> channel.status(now)).toList();
    }

    /** How many live channels belong to this endpoint: named {@code PJSIP/<endpoint>-...}. */
    long activeOn(String endpoint) {
        String prefix = "PJSIP/" + endpoint + "-";
        return byUniqueId.values().stream().filter(channel -> channel.name().startsWith(prefix)).count();
    }

    void clear() {
        byUniqueId.clear();
    }
}
