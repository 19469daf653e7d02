package org.switchboard.pbx.scripted.control;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.HangupCauses;

/**
 * The events of one moment of a reaction, in the order Asterisk sends them, each with its Event, Privilege
 * and Timestamp headers and then the blocks it carries. Blocks are copied when added, so a later change to a
 * {@link Chan} does not rewrite an event already written.
 */
final class Script {

    static final String CALL = "call,all";
    static final String DIALPLAN = "dialplan,all";
    static final String AGENT = "agent,all";

    private final Clock clock;
    private final Completions completions;
    private final List<Map<String, String>> drafts = new ArrayList<>();

    Script(Clock clock) {
        this(clock, null);
    }

    /** A script that writes the AgentComplete a hanging-up queue caller is due ({@code completions}). */
    Script(Clock clock, Completions completions) {
        this.clock = clock;
        this.completions = completions;
    }

    /** A new event; the returned map takes the rest of its headers in order. */
    Map<String, String> event(String type, String privilege) {
        Instant now = clock.instant();
        Map<String, String> draft = new LinkedHashMap<>();
        draft.put("Event", type);
        draft.put("Privilege", privilege);
        draft.put("Timestamp", String.format("%d.%06d", now.getEpochSecond(), now.getNano() / 1000));
        drafts.add(draft);
        return draft;
    }

    Map<String, String> channel(String type, Chan channel) {
        Map<String, String> draft = event(type, CALL);
        draft.putAll(channel.block(""));
        return draft;
    }

    /** Newexten: the channel runs {@code application} at its present dialplan place. */
    void dialplan(Chan channel, String application, String data) {
        Map<String, String> draft = event("Newexten", DIALPLAN);
        draft.putAll(channel.block(""));
        draft.put("Extension", channel.get("Exten"));
        draft.put("Application", application);
        draft.put("AppData", data);
    }

    /** DialBegin, DialState or DialEnd; {@code caller} is null for the dial of an Originate. */
    Map<String, String> dial(String type, Chan caller, Chan dest) {
        Map<String, String> draft = event(type, CALL);
        if (caller != null) {
            draft.putAll(caller.block(""));
        }
        draft.putAll(dest.block("Dest"));
        return draft;
    }

    void bridge(String type, Bridge bridge) {
        event(type, CALL).putAll(bridge.block());
    }

    void enter(Bridge bridge, Chan channel) {
        bridge.entered();
        Map<String, String> draft = event("BridgeEnter", CALL);
        draft.putAll(bridge.block());
        draft.putAll(channel.block(""));
    }

    void leave(Bridge bridge, Chan channel) {
        bridge.left();
        Map<String, String> draft = event("BridgeLeave", CALL);
        draft.putAll(bridge.block());
        draft.putAll(channel.block(""));
    }

    /** HangupRequest (the far end) or SoftHangupRequest (Asterisk), with a cause. */
    void hangupRequest(String type, Chan channel, int cause) {
        channel(type, channel).put("Cause", Integer.toString(cause));
    }

    void hangup(Chan channel, int cause) {
        if (completions != null) {
            completions.complete(channel.uniqueId())
                    .ifPresent(fields -> event("AgentComplete", AGENT).putAll(merged(channel.block(""), fields)));
        }
        Map<String, String> draft = channel("Hangup", channel);
        draft.put("Cause", Integer.toString(cause));
        draft.put("Cause-txt", HangupCauses.text(cause));
    }

    void device(String device, String state) {
        Map<String, String> draft = event("DeviceStateChange", CALL);
        draft.put("Device", device);
        draft.put("State", state);
    }

    private static Map<String, String> merged(Map<String, String> first, Map<String, String> then) {
        Map<String, String> all = new LinkedHashMap<>(first);
        all.putAll(then);
        return all;
    }

    /** The rendered events, in order. */
    List<AmiMessage> events() {
        return drafts.stream().map(draft -> {
            List<AmiMessage.Header> headers = new ArrayList<>();
            draft.forEach((key, value) -> headers.add(new AmiMessage.Header(key, value)));
            return AmiMessage.of(headers);
        }).toList();
    }
}
