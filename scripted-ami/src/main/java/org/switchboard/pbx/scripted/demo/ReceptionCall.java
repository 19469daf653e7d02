package org.switchboard.pbx.scripted.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An outside call to the reception number 9000 as the recorded PBX handles it: the trunk channel runs the
 * reception dialplan, probes the console server's peer with ChanIsAvail, waits in GeneralQueue, the queue rings
 * every desk at once, and one desk answers into a basic bridge, or the caller gives up first. Parking and
 * transfer carry on from the answered call ({@link ReceptionPark}, {@link ReceptionTransfer}).
 */
final class ReceptionCall {

    static final String QUEUE_DATA = DemoOffice.GENERAL_QUEUE + ",rt,,,600";

    private final DemoPbx pbx;
    private final DemoOffice.Outsider outsider;
    private final Map<String, DemoChannel> desks = new LinkedHashMap<>();
    private DemoChannel caller;
    private DemoChannel agent;
    private DemoBridge bridge;
    private Instant started;
    private Instant joined;
    private Instant ringing;
    private Instant connected;

    ReceptionCall(DemoPbx pbx, DemoOffice.Outsider outsider) {
        this.pbx = pbx;
        this.outsider = outsider;
    }

    DemoChannel caller() {
        return caller;
    }

    DemoChannel agent() {
        return agent;
    }

    DemoBridge bridge() {
        return bridge;
    }

    /** The call arrives from the trunk and joins the queue. */
    void arrive(StepEvents events) {
        started = pbx.numbering().now();
        caller = pbx.channel(DemoOffice.TRUNK, null, DemoChannel.RING).caller(outsider.number(), outsider.name())
                .at("from-trunk", DemoOffice.RECEPTION_NUMBER, 1);
        events.channel("Newchannel", caller);
        events.dialplan(caller, "NoOp", "External call from " + caller.callerIdAll() + " to 9000");
        events.dialplan(caller.at("from-trunk", DemoOffice.RECEPTION_NUMBER, 2), "Goto", "reception,s,1");
        events.dialplan(caller.at("reception", "s", 1), "NoOp", "Reception call from " + caller.callerIdAll());
        events.dialplan(caller.at("reception", "s", 2), "ChanIsAvail", "PJSIP/" + DemoOffice.CONSOLE_PEER + ",s");
        DemoChannel probe = pbx.channel(DemoOffice.CONSOLE_PEER, caller.linkedId(), DemoChannel.DOWN)
                .caller("<unknown>", "<unknown>").at("internal", "s", 1);
        events.channel("Newchannel", probe);
        events.hangupRequest("HangupRequest", probe, 21).with("TechCause", "603");
        pbx.hangup(events, probe, 21).with("TechCause", "603");
        events.dialplan(caller.at("reception", "s", 3), "NoOp", "Console server PJSIP/" + DemoOffice.CONSOLE_PEER
                + ": AVAILCHAN=" + probe.name() + " AVAILSTATUS=1");
        events.dialplan(caller.at("reception", "s", 4), "GotoIf", "0?unavailable");
        events.dialplan(caller.at("reception", "s", 5), "Queue", QUEUE_DATA);
        joined = pbx.numbering().now();
        int position = pbx.queues().join(events, DemoOffice.GENERAL_QUEUE, caller.uniqueId());
        events.channel("QueueCallerJoin", caller).with("Queue", DemoOffice.GENERAL_QUEUE)
                .with("Position", Integer.toString(position)).with("Count", Integer.toString(position));
        pbx.publishDevices(events);
    }

    /** The queue rings every member (ringall). */
    void ringDesks(StepEvents events) {
        ringing = pbx.numbering().now();
        for (QueueMember member : pbx.queues().members(DemoOffice.GENERAL_QUEUE)) {
            DemoChannel desk = pbx.phoneChannel(member.extension(), caller.linkedId(), DemoChannel.DOWN)
                    .at("internal", "s", 1);
            desks.put(member.extension(), desk);
            events.channel("Newchannel", desk);
            events.pair("AgentCalled", StepEvents.AGENT, caller, desk.showingConnected(caller))
                    .with("Queue", DemoOffice.GENERAL_QUEUE).with("Interface", member.location())
                    .with("MemberName", member.name());
            events.pair("DialBegin", StepEvents.CALL, caller, desk).with("DialString", member.location());
        }
        for (DemoChannel desk : desks.values()) {
            events.channel("Newstate", desk.connectedTo(caller).state(DemoChannel.RINGING));
            events.dialplan(desk, "AppQueue", "(Outgoing Line)");
            events.channel("NewConnectedLine", desk);
            events.pair("DialState", StepEvents.CALL, caller, desk).with("DialStatus", "RINGING");
        }
        pbx.publishDevices(events);
    }

    /** One desk answers: the others stop ringing, the caller leaves the queue and is bridged with the desk. */
    void answer(StepEvents events, String extension) {
        connected = pbx.numbering().now();
        agent = desks.remove(extension);
        events.channel("Newstate", agent.state(DemoChannel.UP));
        events.pair("DialEnd", StepEvents.CALL, caller, agent).with("DialStatus", "ANSWER");
        desks.values().forEach(desk -> events.pair("DialEnd", StepEvents.CALL, caller, desk)
                .with("DialStatus", "CANCEL"));
        events.channel("NewConnectedLine", caller.connectedTo(agent));
        desks.values().forEach(desk -> events.pair("DialEnd", StepEvents.CALL, caller, desk)
                .with("DialStatus", "CANCEL"));
        leaveQueue(events);
        pbx.queues().connected(DemoOffice.GENERAL_QUEUE, extension);
        events.pair("AgentConnect", StepEvents.AGENT, caller, agent).with(member(extension))
                .with("HoldTime", seconds(joined, connected)).with("RingTime", seconds(ringing, connected));
        events.channel("Newstate", caller.state(DemoChannel.UP));
        desks.values().forEach(desk -> pbx.hangup(events, desk, 26));
        pbx.publishDevices(events);
        bridge = DemoBridge.basic(pbx.numbering().bridgeId());
        events.bridge("BridgeCreate", bridge);
        events.bridgeEnter(bridge, agent);
        events.bridgeEnter(bridge, caller);
        desks.clear();
    }

    /** The caller hangs up while the desks ring. */
    void abandon(StepEvents events) {
        events.hangupRequest("HangupRequest", caller, 127).with("TechCause", "487");
        for (int round = 0; round < 2; round++) {
            desks.values().forEach(desk -> events.pair("DialEnd", StepEvents.CALL, caller, desk)
                    .with("DialStatus", "CANCEL"));
        }
        int position = pbx.queues().position(DemoOffice.GENERAL_QUEUE, caller.uniqueId());
        events.channel("QueueCallerAbandon", caller).with("Queue", DemoOffice.GENERAL_QUEUE)
                .with("Position", Integer.toString(position)).with("OriginalPosition", Integer.toString(position))
                .with("HoldTime", seconds(joined, pbx.numbering().now()));
        leaveQueue(events);
        desks.values().forEach(desk -> pbx.hangup(events, desk, 0));
        events.hangupRequest("SoftHangupRequest", caller, DialledCall.NORMAL).with("TechCause", "487");
        pbx.publishDevices(events);
        pbx.hangup(events, caller, 127).with("TechCause", "487");
        desks.values().forEach(desk -> events.cdr(caller, "s", desk.name(), "Queue", QUEUE_DATA, started, null,
                "NO ANSWER"));
        desks.clear();
        pbx.publishDevices(events);
    }

    /** The answered call ends: the caller or the desk hangs up. */
    void hangUp(StepEvents events, boolean callerHangsUp) {
        DemoChannel first = callerHangsUp ? caller : agent;
        DemoChannel second = callerHangsUp ? agent : caller;
        events.channel("HangupRequest", first);
        agentComplete(events, callerHangsUp ? "caller" : "agent");
        events.bridgeLeave(bridge, first);
        events.bridgeLeave(bridge, second);
        events.bridge("BridgeDestroy", bridge);
        pbx.hangup(events, agent, DialledCall.NORMAL);
        events.hangupRequest("SoftHangupRequest", caller, DialledCall.NORMAL);
        pbx.publishDevices(events);
        events.cdr(caller, "s", agent.name(), "Queue", QUEUE_DATA, started, connected, "ANSWERED");
        pbx.hangup(events, caller, DialledCall.NORMAL);
        pbx.publishDevices(events);
    }

    /**
     * The queue's AgentComplete; it counts the call for the desk. Once the desk's channel is gone Asterisk writes
     * it without the Dest block.
     */
    void agentComplete(StepEvents events, String reason) {
        Instant now = pbx.numbering().now();
        pbx.queues().completed(agent.endpoint(), now.getEpochSecond());
        StepEvents.Draft complete = events.event("AgentComplete", StepEvents.AGENT).with(caller.block(""));
        if (pbx.liveChannels().stream().anyMatch(channel -> channel.uniqueId().equals(agent.uniqueId()))) {
            complete.with(agent.block("Dest"));
        }
        complete.with(member(agent.endpoint())).with("HoldTime", seconds(joined, connected))
                .with("TalkTime", seconds(connected, now)).with("Reason", reason);
    }

    private void leaveQueue(StepEvents events) {
        int position = pbx.queues().position(DemoOffice.GENERAL_QUEUE, caller.uniqueId());
        pbx.queues().leave(events, DemoOffice.GENERAL_QUEUE, caller.uniqueId());
        events.channel("QueueCallerLeave", caller).with("Queue", DemoOffice.GENERAL_QUEUE)
                .with("Position", Integer.toString(position))
                .with("Count", Integer.toString(pbx.queues().waiting(DemoOffice.GENERAL_QUEUE)));
    }

    private Map<String, String> member(String extension) {
        Map<String, String> member = new LinkedHashMap<>();
        member.put("Queue", DemoOffice.GENERAL_QUEUE);
        member.put("Interface", "PJSIP/" + extension);
        member.put("MemberName", pbx.office().phone(extension).name());
        return member;
    }

    private static String seconds(Instant from, Instant to) {
        return Long.toString(Duration.between(from, to).toSeconds());
    }
}
