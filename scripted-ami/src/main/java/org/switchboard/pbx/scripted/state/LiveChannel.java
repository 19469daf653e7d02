package org.switchboard.pbx.scripted.state;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.pbx.scripted.AmiMessage;

/** One channel that exists on the PBX: the snapshot the last event about it carried, its bridge and application. */
final class LiveChannel {

    static final List<String> SNAPSHOT = ChannelView.SNAPSHOT;

    private final Map<String, String> snapshot = new LinkedHashMap<>();
    private final Instant created;
    private String bridgeId = "";
    private String application = "";
    private String applicationData = "";
    private boolean music;
    private String queue = "";

    LiveChannel(AmiMessage newchannel, Instant created) {
        SNAPSHOT.forEach(key -> snapshot.put(key, ""));
        this.created = created;
        update(newchannel);
    }

    void update(AmiMessage event) {
        snapshot.putAll(event.pick(SNAPSHOT));
    }

    void rename(String channel) {
        snapshot.put("Channel", channel);
    }

    void enterApplication(String application, String data) {
        this.application = application;
        this.applicationData = data;
    }

    void enterBridge(String bridgeId) {
        this.bridgeId = bridgeId;
    }

    void leaveBridge(String bridgeId) {
        if (this.bridgeId.equals(bridgeId)) {
            this.bridgeId = "";
        }
    }

    String name() {
        return snapshot.get("Channel");
    }

    void music(boolean on) {
        this.music = on;
    }

    void queue(String queue) {
        this.queue = queue;
    }

    String bridgeId() {
        return bridgeId;
    }

    ChannelView view() {
        return new ChannelView(snapshot, bridgeId, application, music, queue);
    }

    /** The item of a CoreShowChannels answer. */
    AmiMessage coreShowChannel(Instant now) {
        long seconds = Duration.between(created, now).toSeconds();
        return AmiMessage.of("Event", "CoreShowChannel", "ActionID", "")
                .withAll(snapshot)
                .with("BridgeId", bridgeId)
                .with("Application", application)
                .with("ApplicationData", applicationData)
                .with("Duration", String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60));
    }

    /** The item of a Status answer. */
    AmiMessage status(Instant now) {
        String type = name().contains("/") ? name().substring(0, name().indexOf('/')) : "";
        return AmiMessage.of("Event", "Status", "Privilege", "Call")
                .withAll(snapshot)
                .withAll(orderedOf("Type", type, "DNID", "", "EffectiveConnectedLineNum", snapshot.get("ConnectedLineNum"),
                        "EffectiveConnectedLineName", snapshot.get("ConnectedLineName"), "TimeToHangup", "0",
                        "BridgeID", bridgeId, "Application", application, "Data", applicationData,
                        "Nativeformats", "(ulaw)", "Readformat", "ulaw", "Readtrans", "", "Writeformat", "ulaw",
                        "Writetrans", "", "Callgroup", "0", "Pickupgroup", "0",
                        "Seconds", Long.toString(Duration.between(created, now).toSeconds()), "ActionID", ""));
    }

    private static Map<String, String> orderedOf(String... keysAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }
}
