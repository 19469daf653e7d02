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
    private final Map<String, String> namesByDevice = new LinkedHashMap<>();

    void apply(AmiMessage event, Instant now) {
        String uniqueId = event.getOr("Uniqueid", "");
        String type = event.type();
        if (type.equals("Newchannel")) {
            LiveChannel created = new LiveChannel(event, now);
            byUniqueId.put(uniqueId, created);
            String device = created.view().device();
            if (device.endsWith("/" + event.getOr("CallerIDNum", ""))) {
                namesByDevice.put(device, event.getOr("CallerIDName", ""));
            }
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
            case "MusicOnHoldStart" -> channel.music(true);
            case "MusicOnHoldStop" -> channel.music(false);
            case "QueueCallerJoin" -> channel.queue(event.getOr("Queue", ""));
            case "QueueCallerLeave" -> channel.queue("");
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

    /** The live channel of this name, if any. */
    java.util.Optional<ChannelView> named(String name) {
        return byUniqueId.values().stream().filter(channel -> channel.name().equals(name)).findFirst()
                .map(LiveChannel::view);
    }

    /** The live channels in this bridge, in the order they were created. */
    List<ChannelView> inBridge(String bridgeId) {
        return byUniqueId.values().stream().filter(channel -> channel.bridgeId().equals(bridgeId))
                .map(LiveChannel::view).toList();
    }

    /** The live channels with this linked id, in the order they were created. */
    List<ChannelView> ofCall(String linkedId) {
        return byUniqueId.values().stream().filter(channel -> channel.view().linkedId().equals(linkedId))
                .map(LiveChannel::view).toList();
    }

    /** The caller id name the device's own channels showed; "" if none was seen. */
    String callerName(String device) {
        return namesByDevice.getOrDefault(device, "");
    }

    java.util.Optional<ChannelView> byId(String uniqueId) {
        return java.util.Optional.ofNullable(byUniqueId.get(uniqueId)).map(LiveChannel::view);
    }

    List<ChannelView> ofDevice(String device) {
        return byUniqueId.values().stream().map(LiveChannel::view).filter(view -> view.device().equals(device))
                .toList();
    }

    boolean hasUniqueId(String uniqueId) {
        return byUniqueId.containsKey(uniqueId);
    }

    /** Whether the device has a live channel (a phone without call waiting is then busy). */
    boolean inUse(String device) {
        return byUniqueId.values().stream().anyMatch(channel -> channel.view().device().equals(device));
    }

    void clear() {
        byUniqueId.clear();
    }
}
