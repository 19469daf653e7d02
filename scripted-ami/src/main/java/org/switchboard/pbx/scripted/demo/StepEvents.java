package org.switchboard.pbx.scripted.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.HangupCauses;

/**
 * The events of one step of a call, written in the order Asterisk sends them. Each event gets its Event, Privilege
 * and Timestamp headers when it is begun; the returned {@link Draft} takes the rest of its headers in order.
 * Channel and bridge blocks are copied when they are added, so a later change to a channel does not rewrite an
 * event already written.
 */
final class StepEvents {

    static final String CALL = "call,all";
    static final String AGENT = "agent,all";
    static final String DIALPLAN = "dialplan,all";
    static final String SYSTEM = "system,all";
    static final String CDR = "cdr,all";

    /** The headers of one event, open for more until the step is rendered. */
    static final class Draft {
        private final Map<String, String> headers = new LinkedHashMap<>();

        Draft with(String key, String value) {
            headers.put(key, value);
            return this;
        }

        Draft with(Map<String, String> block) {
            headers.putAll(block);
            return this;
        }
    }

    private static final DateTimeFormatter CDR_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Numbering numbering;
    private final List<Draft> drafts = new ArrayList<>();

    StepEvents(Numbering numbering) {
        this.numbering = numbering;
    }

    Numbering numbering() {
        return numbering;
    }

    Draft event(String type, String privilege) {
        Draft draft = new Draft().with("Event", type).with("Privilege", privilege)
                .with("Timestamp", Numbering.timestamp(numbering.stamp()));
        drafts.add(draft);
        return draft;
    }

    Draft channel(String type, DemoChannel channel) {
        return event(type, CALL).with(channel.block(""));
    }

    /** Newexten: the channel runs the dialplan application at its present position. */
    Draft dialplan(DemoChannel channel, String application, String data) {
        channel.application(application);
        return event("Newexten", DIALPLAN).with(channel.block("")).with("Extension", channel.exten())
                .with("Application", application).with("AppData", data);
    }

    /** An event about a caller and the channel it dials, such as DialBegin or AgentCalled. */
    Draft pair(String type, String privilege, DemoChannel caller, DemoChannel dest) {
        return event(type, privilege).with(caller.block("")).with(dest.block("Dest"));
    }

    Draft bridge(String type, DemoBridge bridge) {
        return event(type, CALL).with(bridge.block());
    }

    void bridgeEnter(DemoBridge bridge, DemoChannel channel) {
        bridge.entered();
        event("BridgeEnter", CALL).with(bridge.block()).with(channel.block(""));
    }

    void bridgeLeave(DemoBridge bridge, DemoChannel channel) {
        bridge.left();
        event("BridgeLeave", CALL).with(bridge.block()).with(channel.block(""));
    }

    /** HangupRequest (the far end hung up) or SoftHangupRequest (Asterisk ends the channel), with a cause. */
    Draft hangupRequest(String type, DemoChannel channel, int cause) {
        return channel(type, channel).with("Cause", Integer.toString(cause));
    }

    Draft hangup(DemoChannel channel, int cause) {
        return channel("Hangup", channel).with("Cause", Integer.toString(cause))
                .with("Cause-txt", HangupCauses.text(cause));
    }

    /**
     * The CDR of one leg that ends now, as the AMI CDR backend writes it: {@code source} is the channel that
     * placed the leg, {@code answer} is null when nobody answered.
     */
    void cdr(DemoChannel source, String destination, String destinationChannel, String application, String data,
             Instant start, Instant answer, String disposition) {
        Instant end = numbering.now();
        long billable = answer == null ? 0 : Duration.between(answer, end).toSeconds();
        event("Cdr", CDR).with("AccountCode", "").with("Source", source.callerNum())
                .with("Destination", destination).with("DestinationContext", source.context())
                .with("CallerID", source.callerIdAll()).with("Channel", source.name())
                .with("DestinationChannel", destinationChannel).with("LastApplication", application)
                .with("LastData", data).with("StartTime", CDR_TIME.format(start))
                .with("AnswerTime", answer == null ? "" : CDR_TIME.format(answer)).with("EndTime", CDR_TIME.format(end))
                .with("Duration", Long.toString(Duration.between(start, end).toSeconds()))
                .with("BillableSeconds", Long.toString(billable)).with("Disposition", disposition)
                .with("AMAFlags", "DOCUMENTATION").with("UniqueID", source.uniqueId()).with("UserField", "");
    }

    /** The rendered events, in order. */
    List<AmiMessage> messages() {
        return drafts.stream().map(draft -> {
            List<AmiMessage.Header> headers = new ArrayList<>();
            draft.headers.forEach((key, value) -> headers.add(new AmiMessage.Header(key, value)));
            return AmiMessage.of(headers);
        }).toList();
    }
}
