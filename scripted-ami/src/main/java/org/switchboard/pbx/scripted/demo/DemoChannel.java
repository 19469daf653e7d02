package org.switchboard.pbx.scripted.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One channel of the demo PBX: the snapshot that Asterisk repeats in every channel event (name, state, caller and
 * connected line, dialplan position, unique and linked id), plus whether the channel is on hold. Mutable; only the
 * script of its own call touches it, under the emission lock of {@link DemoOfficeDay}.
 */
final class DemoChannel {

    static final int DOWN = 0;
    static final int RING = 4;
    static final int RINGING = 5;
    static final int UP = 6;

    private static final String UNKNOWN = "<unknown>";

    private final String name;
    private final String endpoint;
    private final String uniqueId;
    private String linkedId;
    private int state;
    private String callerNum;
    private String callerName;
    private String connectedNum = UNKNOWN;
    private String connectedName = UNKNOWN;
    private String context;
    private String exten;
    private int priority = 1;
    private String application = "";
    private boolean held;

    DemoChannel(String name, String endpoint, String uniqueId, String linkedId, int state) {
        this.name = name;
        this.endpoint = endpoint;
        this.uniqueId = uniqueId;
        this.linkedId = linkedId;
        this.state = state;
    }

    DemoChannel caller(String number, String displayName) {
        this.callerNum = number;
        this.callerName = displayName;
        return this;
    }

    DemoChannel connected(String number, String displayName) {
        this.connectedNum = number;
        this.connectedName = displayName;
        return this;
    }

    /** Connected to the party whose caller id {@code other} shows. */
    DemoChannel connectedTo(DemoChannel other) {
        return connected(other.callerNum, other.callerName);
    }

    DemoChannel at(String context, String exten, int priority) {
        this.context = context;
        this.exten = exten;
        this.priority = priority;
        return this;
    }

    DemoChannel state(int state) {
        this.state = state;
        return this;
    }

    DemoChannel linkedTo(String linkedId) {
        this.linkedId = linkedId;
        return this;
    }

    void application(String application) {
        this.application = application;
    }

    void held(boolean held) {
        this.held = held;
    }

    /** A copy that shows another connected line; Asterisk sometimes reports a dialled channel that way. */
    DemoChannel showingConnected(DemoChannel other) {
        DemoChannel copy = new DemoChannel(name, endpoint, uniqueId, linkedId, state).caller(callerNum, callerName)
                .at(context, exten, priority);
        return copy.connectedTo(other);
    }

    /** The channel block, every key starting with {@code prefix} ("", "Dest", "Parkee", "Transferer", ...). */
    Map<String, String> block(String prefix) {
        Map<String, String> block = new LinkedHashMap<>();
        block.put(prefix + "Channel", name);
        block.put(prefix + "ChannelState", Integer.toString(state));
        block.put(prefix + "ChannelStateDesc", stateDesc(state));
        block.put(prefix + "CallerIDNum", callerNum);
        block.put(prefix + "CallerIDName", callerName);
        block.put(prefix + "ConnectedLineNum", connectedNum);
        block.put(prefix + "ConnectedLineName", connectedName);
        block.put(prefix + "Language", "en");
        block.put(prefix + "AccountCode", "");
        block.put(prefix + "Context", context);
        block.put(prefix + "Exten", exten);
        block.put(prefix + "Priority", Integer.toString(priority));
        block.put(prefix + "Uniqueid", uniqueId);
        block.put(prefix + "Linkedid", linkedId);
        return block;
    }

    private static String stateDesc(int state) {
        return switch (state) {
            case DOWN -> "Down";
            case RING -> "Ring";
            case RINGING -> "Ringing";
            case UP -> "Up";
            default -> "Unknown";
        };
    }

    String name() {
        return name;
    }

    String endpoint() {
        return endpoint;
    }

    String uniqueId() {
        return uniqueId;
    }

    String linkedId() {
        return linkedId;
    }

    int state() {
        return state;
    }

    boolean held() {
        return held;
    }

    String callerNum() {
        return callerNum;
    }

    String callerName() {
        return callerName;
    }

    String context() {
        return context;
    }

    String exten() {
        return exten;
    }

    int priority() {
        return priority;
    }

    String application() {
        return application;
    }

    /** The caller id as Asterisk prints {@code ${CALLERID(all)}}: {@code "Name" <number>}. */
    String callerIdAll() {
        return "\"" + callerName + "\" <" + callerNum + ">";
    }
}
