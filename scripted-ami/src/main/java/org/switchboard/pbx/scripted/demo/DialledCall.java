package org.switchboard.pbx.scripted.demo;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * A call that the Dial application places from one channel (a phone that dialled, a transferred caller, a parked
 * call coming back) to a phone or to the trunk: ringing, answer into a basic bridge, hold, and the end, or the
 * end without an answer. Each method writes the events of one moment, in Asterisk's order.
 */
final class DialledCall {

    static final int NORMAL = 16;
    static final int BUSY = 17;
    static final int NO_ANSWER = 19;

    private final DemoPbx pbx;
    private final DemoChannel caller;
    private final String dialString;
    private final String dialData;
    private final Instant started;
    private DemoChannel callee;
    private DemoBridge bridge;
    private Instant answered;

    /** {@code dialString} is what Dial got after the technology ({@code 204}, {@code 0255...@trunk}). */
    DialledCall(DemoPbx pbx, DemoChannel caller, String dialString, String dialData) {
        this.pbx = pbx;
        this.caller = caller;
        this.dialString = dialString;
        this.dialData = dialData;
        this.started = pbx.numbering().now();
    }

    /** A phone goes off hook and dials {@code exten}; its channel runs {@code NoOp(text)} then {@code Dial(dialData)}. */
    static DemoChannel offHook(DemoPbx pbx, StepEvents events, String extension, String exten, String noOp,
                               String dialData) {
        DemoChannel channel = pbx.phoneChannel(extension, null, DemoChannel.RING).at("internal", exten, 1);
        events.channel("Newchannel", channel);
        events.dialplan(channel, "NoOp", noOp.replace("${CALLERID(all)}", channel.callerIdAll()));
        events.dialplan(channel.at("internal", exten, 2), "Dial", dialData);
        return channel;
    }

    DemoChannel caller() {
        return caller;
    }

    DemoChannel callee() {
        return callee;
    }

    /** Dial makes the callee's channel and starts dialling it. */
    void begin(StepEvents events, String endpoint) {
        boolean trunk = endpoint.equals(DemoOffice.TRUNK);
        callee = trunk
                ? pbx.channel(endpoint, caller.linkedId(), DemoChannel.DOWN).caller("<unknown>", "<unknown>")
                        .at("from-trunk", "s", 1)
                : pbx.phoneChannel(endpoint, caller.linkedId(), DemoChannel.DOWN).at("internal", "s", 1);
        events.channel("Newchannel", callee);
        events.dialplan(callee.at(caller.context(), caller.exten(), 1), "AppDial", "(Outgoing Line)");
        events.channel("NewConnectedLine", callee.connectedTo(caller));
        events.pair("DialBegin", StepEvents.CALL, caller, callee).with("DialString", dialString);
        if (trunk) {
            caller.connected(dialString.substring(0, dialString.indexOf('@')), "<unknown>");
        } else {
            caller.connectedTo(callee);
        }
        events.channel("NewConnectedLine", caller);
    }

    void ring(StepEvents events) {
        events.channel("Newstate", callee.state(DemoChannel.RINGING));
        pbx.publishDevices(events);
        events.pair("DialState", StepEvents.CALL, caller, callee).with("DialStatus", "RINGING");
    }

    void answer(StepEvents events) {
        answered = pbx.numbering().now();
        events.channel("Newstate", callee.state(DemoChannel.UP));
        pbx.publishDevices(events);
        events.pair("DialEnd", StepEvents.CALL, caller, callee).with("DialStatus", "ANSWER");
        if (caller.state() != DemoChannel.UP) {
            events.channel("Newstate", caller.state(DemoChannel.UP));
        }
        bridge = DemoBridge.basic(pbx.numbering().bridgeId());
        events.bridge("BridgeCreate", bridge);
        events.dialplan(callee.at(callee.context(), "", 1), "AppDial", "(Outgoing Line)");
        events.bridgeEnter(bridge, callee);
        events.bridgeEnter(bridge, caller);
        pbx.publishDevices(events);
    }

    /** Dial gives up ({@code NOANSWER}, {@code BUSY}): the callee's channel goes, the caller's stays in the dialplan. */
    void unanswered(StepEvents events, String dialStatus) {
        events.pair("DialEnd", StepEvents.CALL, caller, callee).with("DialStatus", dialStatus);
        pbx.hangup(events, callee, dialStatus.equals("BUSY") ? BUSY : 0);
        pbx.publishDevices(events);
        events.cdr(caller, caller.exten(), callee.name(), "Dial", dialData, started, null,
                dialStatus.equals("BUSY") ? "BUSY" : "NO ANSWER");
    }

    /** One side puts the other on hold: the holder's phone says so, the held side hears music. */
    void hold(StepEvents events, boolean callerHolds) {
        DemoChannel holder = callerHolds ? caller : callee;
        DemoChannel held = callerHolds ? callee : caller;
        events.channel("Hold", holder).with("MusicClass", "default");
        events.channel("MusicOnHoldStart", held).with("Class", "default");
        held.held(true);
        pbx.publishDevices(events);
    }

    void resume(StepEvents events, boolean callerHolds) {
        DemoChannel holder = callerHolds ? caller : callee;
        DemoChannel held = callerHolds ? callee : caller;
        events.channel("Unhold", holder);
        events.channel("MusicOnHoldStop", held);
        held.held(false);
        pbx.publishDevices(events);
    }

    /**
     * One side hangs up the answered call: both leave the bridge, it goes, both channels go. {@code beforeCallerGoes}
     * writes what Asterisk says just before the caller's channel goes (such as a queue's AgentComplete).
     */
    void hangUp(StepEvents events, boolean callerHangsUp, Consumer<StepEvents> beforeCallerGoes) {
        DemoChannel first = callerHangsUp ? caller : callee;
        DemoChannel second = callerHangsUp ? callee : caller;
        events.hangupRequest("HangupRequest", first, NORMAL);
        events.bridgeLeave(bridge, first);
        events.bridgeLeave(bridge, second);
        events.bridge("BridgeDestroy", bridge);
        events.hangupRequest("SoftHangupRequest", caller, NORMAL);
        pbx.hangup(events, callee, NORMAL);
        pbx.publishDevices(events);
        events.cdr(caller, caller.exten(), callee.name(), "Dial", dialData, started, answered, "ANSWERED");
        beforeCallerGoes.accept(events);
        pbx.hangup(events, caller, NORMAL);
        pbx.publishDevices(events);
    }

    /** The caller's dialplan ends after an unanswered Dial: {@code NoOp(DIALSTATUS=...)}, then Hangup. */
    void callerEnds(StepEvents events, String dialStatus, int cause) {
        events.dialplan(caller.at(caller.context(), caller.exten(), 3), "NoOp", "DIALSTATUS=" + dialStatus);
        events.dialplan(caller.at(caller.context(), caller.exten(), 4), "Hangup", "");
        events.hangupRequest("SoftHangupRequest", caller, cause);
        pbx.hangup(events, caller, cause);
        pbx.publishDevices(events);
    }
}
