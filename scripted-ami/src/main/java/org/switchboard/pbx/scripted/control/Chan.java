package org.switchboard.pbx.scripted.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.switchboard.pbx.scripted.state.ChannelView;

/**
 * A working copy of one channel while a reaction is written: its snapshot in Asterisk's order, changed step
 * by step (state, dialplan place, connected line, linked id) so each event shows the channel as it is then.
 */
final class Chan {

    static final int DOWN = 0;
    static final int RING = 4;
    static final int RINGING = 5;
    static final int UP = 6;

    private final Map<String, String> snapshot = new LinkedHashMap<>();
    private final String bridgeId;
    private final String application;
    private final boolean music;
    private final String queue;

    private Chan(Map<String, String> snapshot, String bridgeId, String application, boolean music, String queue) {
        ChannelView.SNAPSHOT.forEach(key -> this.snapshot.put(key, snapshot.getOrDefault(key, "")));
        this.bridgeId = bridgeId;
        this.application = application;
        this.music = music;
        this.queue = queue;
    }

    static Chan of(ChannelView view) {
        return new Chan(view.snapshot(), view.bridgeId(), view.application(), view.music(), view.queue());
    }

    /** A channel that is just made: Down, in {@code internal,s,1}, showing the device's caller id. */
    static Chan fresh(String name, String uniqueId, String linkedId, String callerNum, String callerName) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("Channel", name);
        snapshot.put("CallerIDNum", callerNum);
        snapshot.put("CallerIDName", callerName);
        snapshot.put("ConnectedLineNum", "<unknown>");
        snapshot.put("ConnectedLineName", "<unknown>");
        snapshot.put("Language", "en");
        snapshot.put("Uniqueid", uniqueId);
        snapshot.put("Linkedid", linkedId);
        return new Chan(snapshot, "", "", false, "").state(DOWN).at("internal", "s", 1);
    }

    Chan state(int state) {
        snapshot.put("ChannelState", Integer.toString(state));
        snapshot.put("ChannelStateDesc", switch (state) {
            case DOWN -> "Down";
            case RING -> "Ring";
            case RINGING -> "Ringing";
            case UP -> "Up";
            default -> "Unknown";
        });
        return this;
    }

    Chan at(String context, String exten, int priority) {
        snapshot.put("Context", context);
        snapshot.put("Exten", exten);
        snapshot.put("Priority", Integer.toString(priority));
        return this;
    }

    Chan connected(String number, String name) {
        snapshot.put("ConnectedLineNum", number);
        snapshot.put("ConnectedLineName", name);
        return this;
    }

    Chan connectedTo(Chan other) {
        return connected(other.get("CallerIDNum"), other.get("CallerIDName"));
    }

    Chan linkedTo(String linkedId) {
        snapshot.put("Linkedid", linkedId);
        return this;
    }

    /** The snapshot with every key starting with {@code prefix} ("", "Dest", "Parkee", ...). */
    Map<String, String> block(String prefix) {
        Map<String, String> block = new LinkedHashMap<>();
        snapshot.forEach((key, value) -> block.put(prefix + key, value));
        return block;
    }

    String get(String key) {
        return snapshot.getOrDefault(key, "");
    }

    String name() {
        return get("Channel");
    }

    String uniqueId() {
        return get("Uniqueid");
    }

    String linkedId() {
        return get("Linkedid");
    }

    boolean up() {
        return get("ChannelState").equals(Integer.toString(UP));
    }

    boolean ringing() {
        return get("ChannelState").equals(Integer.toString(RINGING));
    }

    /** {@code PJSIP/202} for {@code PJSIP/202-0000000e}. */
    String device() {
        String name = name();
        int dash = name.lastIndexOf('-');
        return dash > name.indexOf('/') ? name.substring(0, dash) : name;
    }

    String bridgeId() {
        return bridgeId;
    }

    String application() {
        return application;
    }

    boolean music() {
        return music;
    }

    String queue() {
        return queue;
    }
}
