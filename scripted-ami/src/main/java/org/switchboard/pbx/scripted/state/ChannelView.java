package org.switchboard.pbx.scripted.state;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A copy of what the simulated PBX knows about one live channel: the snapshot its events carry, in Asterisk's
 * order ({@link #SNAPSHOT}), the bridge it is in, the application it runs, whether it hears music on hold and
 * the queue it waits in ("" for none).
 */
public record ChannelView(Map<String, String> snapshot, String bridgeId, String application, boolean music,
        String queue) {

    /** The channel snapshot every channel event carries, in Asterisk's order. */
    public static final List<String> SNAPSHOT = List.of("Channel", "ChannelState", "ChannelStateDesc",
            "CallerIDNum", "CallerIDName", "ConnectedLineNum", "ConnectedLineName", "Language", "AccountCode",
            "Context", "Exten", "Priority", "Uniqueid", "Linkedid");

    public ChannelView {
        snapshot = Collections.unmodifiableMap(new LinkedHashMap<>(snapshot));
    }

    public String name() {
        return snapshot.get("Channel");
    }

    public String uniqueId() {
        return snapshot.get("Uniqueid");
    }

    public String linkedId() {
        return snapshot.get("Linkedid");
    }

    /** The device of the channel: {@code PJSIP/202} for {@code PJSIP/202-0000000e}. */
    public String device() {
        String name = name();
        int dash = name.lastIndexOf('-');
        return dash > name.indexOf('/') ? name.substring(0, dash) : name;
    }
}
