package org.switchboard.pbx.scripted.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.state.ChannelView;
import org.switchboard.pbx.scripted.state.PbxState;

/**
 * Outside calls from the trunk as the recorded dialplan routes them ({@code pbx-config/extensions.conf},
 * context {@code from-trunk}): 9 and a desk's extension reach the desk's personal queue (9201 and 9202 in the
 * recorded office; {@code PersonalQueue<extension>} whenever the PBX has one), any other number the reception,
 * GeneralQueue. The caller probes the console server's peer with ChanIsAvail, joins the queue
 * (QueueCallerJoin) and the queue rings, all at once (ringall), every member that is not paused and whose
 * phone is free ({@code ringinuse = no}); static members and the dynamic ones QueueAdd made alike, as
 * incoming-queue-answered-202 and hangup-queued-caller show. A member that is paused is not rung
 * (takeback-from-personal-queue). When a member answers, the others stop ringing, the caller leaves the queue
 * (QueueCallerLeave, AgentConnect) and meets the member in a basic bridge.
 *
 * <p>A member added unpaused (QueueAdd) or unpaused (QueuePause) while a caller waits with no phone ringing
 * is rung at once: Asterisk rings it on its next attempt at the latest (timeout 15 s, retry 2 s); the
 * recordings do not show that moment.
 */
final class QueueCalls {

    static final String GENERAL_QUEUE = "GeneralQueue";
    private static final String CONSOLE_PEER = "PJSIP/npa10001";
    private static final int ANSWERED_ELSEWHERE = 26;

    private final Office office;

    QueueCalls(Office office) {
        this.office = office;
        office.receptionQueue(this::enter);
    }

    /** The queue a trunk call to this number waits in. */
    private String queueFor(String number) {
        return personalQueue(office.state(), number).orElse(GENERAL_QUEUE);
    }

    /** The personal queue that 9 and a desk's extension reach, when the PBX has that queue. */
    static Optional<String> personalQueue(PbxState state, String number) {
        return Optional.of(number).filter(dialled -> dialled.matches("9\\d{3}"))
                .map(dialled -> "PersonalQueue" + dialled.substring(1)).filter(state::queueExists);
    }

    /** A call from {@code number} ({@code name}) on the trunk to {@code dialled}: it arrives, queues and rings. */
    List<AmiMessage> arrive(String dialled, String number, String name) {
        Script script = office.script();
        Chan caller = office.newChannel("PJSIP/trunk", null).state(Chan.RING).at("from-trunk", dialled, 1);
        caller = Chan.fresh(caller.name(), caller.uniqueId(), caller.linkedId(), number, name)
                .state(Chan.RING).at("from-trunk", dialled, 1);
        script.channel("Newchannel", caller);
        script.dialplan(caller, "NoOp", "External call from \"" + name + "\" <" + number + "> to " + dialled);
        script.dialplan(caller.at("from-trunk", dialled, 2), "Goto", queueFor(dialled).equals(GENERAL_QUEUE)
                ? "reception,s,1" : "reception-personal," + dialled.substring(1) + ",1");
        enter(script, caller, dialled);
        return script.events();
    }

    /**
     * The caller runs the reception dialplan for {@code dialled} from its first priority (after the Goto that
     * brought it there): the ChanIsAvail probe, then the queue, which rings its free members.
     */
    void enter(Script script, Chan caller, String dialled) {
        String all = "\"" + caller.get("CallerIDName") + "\" <" + caller.get("CallerIDNum") + ">";
        String queue = queueFor(dialled);
        boolean personal = !queue.equals(GENERAL_QUEUE);
        String desk = personal ? dialled.substring(1) : "s";
        String context = personal ? "reception-personal" : "reception";
        script.dialplan(caller.at(context, desk, 1), "NoOp", personal
                ? "Personal reception call for " + desk + " from " + all : "Reception call from " + all);
        script.dialplan(caller.at(context, desk, 2), "ChanIsAvail", CONSOLE_PEER + ",s");
        Chan probe = office.newChannel(CONSOLE_PEER, caller.linkedId());
        probe = Chan.fresh(probe.name(), probe.uniqueId(), caller.linkedId(), "<unknown>", "<unknown>");
        script.channel("Newchannel", probe);
        script.hangupRequest("HangupRequest", probe, 21);
        script.hangup(probe, 21);
        int priority = 3;
        if (!personal) {
            script.dialplan(caller.at(context, desk, priority++), "NoOp", "Console server " + CONSOLE_PEER
                    + ": AVAILCHAN=" + probe.name() + " AVAILSTATUS=1");
        }
        script.dialplan(caller.at(context, desk, priority++), "GotoIf", "0?unavailable");
        script.dialplan(caller.at(context, desk, priority), "Queue", queue + ",rt,,,600");
        int position = office.state().queueCallers(queue).size() + 1;
        var join = script.channel("QueueCallerJoin", caller);
        join.put("Queue", queue);
        join.put("Position", Integer.toString(position));
        join.put("Count", Integer.toString(position));
        ringMembers(script, caller, queue);
    }

    /** After a member joined or was unpaused: each caller of the queue that rings nobody rings the free members. */
    List<AmiMessage> memberAvailable(String queue, List<AmiMessage> memberEvents) {
        Script script = office.script();
        for (String uniqueId : office.state().queueCallers(queue)) {
            Optional<ChannelView> waiting = office.state().channelById(uniqueId);
            if (waiting.isPresent() && office.ringingFor(Chan.of(waiting.get())).isEmpty()) {
                ringMembers(script, Chan.of(waiting.get()), queue);
            }
        }
        return script.events();
    }

    private void ringMembers(Script script, Chan caller, String queue) {
        List<Map<String, String>> free = office.state().queueMembers(queue).stream()
                .filter(member -> "0".equals(member.get("Paused")))
                .filter(member -> !office.state().deviceInUse(stateInterface(member)))
                .toList();
        List<Chan> desks = free.stream().map(member -> {
            Chan desk = office.newChannel(member.get("Location"), caller.linkedId());
            script.channel("Newchannel", desk);
            var called = script.dial("AgentCalled", caller, Chan.of(view(desk)).connectedTo(caller));
            called.put("Queue", queue);
            called.put("Interface", member.get("Location"));
            called.put("MemberName", member.get("Name"));
            script.dial("DialBegin", caller, desk).put("DialString", member.get("Location"));
            return desk;
        }).toList();
        for (Chan desk : desks) {
            script.channel("Newstate", desk.connectedTo(caller).state(Chan.RINGING));
            script.dialplan(desk, "AppQueue", "(Outgoing Line)");
            script.channel("NewConnectedLine", desk);
            script.device(desk.device(), "RINGING");
            script.dial("DialState", caller, desk).put("DialStatus", "RINGING");
            Instant ringing = office.state().clock().instant();
            office.rings(desk.name(), () -> answer(caller.name(), desk.name(), queue, ringing));
        }
    }

    /** The member on {@code deskName} answers the caller waiting in {@code queue}, if both still wait for that. */
    private List<AmiMessage> answer(String callerName, String deskName, String queue, Instant ringing) {
        Optional<ChannelView> waiting = office.state().channel(callerName).filter(found -> found.queue().equals(queue));
        Optional<ChannelView> ringer = office.state().channel(deskName).filter(found -> found.bridgeId().isEmpty());
        if (waiting.isEmpty() || ringer.isEmpty()) {
            return List.of();
        }
        Chan caller = Chan.of(waiting.get());
        Chan agent = Chan.of(ringer.get());
        List<Chan> others = office.ringingFor(caller).stream()
                .filter(desk -> !desk.uniqueId().equals(agent.uniqueId())).toList();
        Instant now = office.state().clock().instant();
        long[] where = office.state().queueCaller(queue, caller.uniqueId());
        Script script = office.script();
        script.channel("Newstate", agent.state(Chan.UP));
        script.dial("DialEnd", caller, agent).put("DialStatus", "ANSWER");
        others.forEach(desk -> script.dial("DialEnd", caller, desk).put("DialStatus", "CANCEL"));
        script.channel("NewConnectedLine", caller.connectedTo(agent));
        others.forEach(desk -> script.dial("DialEnd", caller, desk).put("DialStatus", "CANCEL"));
        script.device(agent.device(), "INUSE");
        var leave = script.channel("QueueCallerLeave", caller);
        leave.put("Queue", queue);
        leave.put("Count", Integer.toString(office.state().queueCallers(queue).size() - 1));
        leave.put("Position", Long.toString(where[0]));
        var connect = script.dial("AgentConnect", caller, agent);
        office.state().queueMembers(queue).stream().filter(member -> agent.device().equals(member.get("Location")))
                .findFirst().ifPresent(member -> {
                    connect.put("Queue", queue);
                    connect.put("Interface", member.get("Location"));
                    connect.put("MemberName", member.get("Name"));
                });
        connect.put("HoldTime", Long.toString(where[1]));
        office.completions().answered(caller.uniqueId(), queue, connect.getOrDefault("Interface", agent.device()),
                connect.getOrDefault("MemberName", ""), where[1]);
        connect.put("RingTime", Long.toString(Duration.between(ringing, now).toSeconds()));
        script.channel("Newstate", caller.state(Chan.UP));
        others.forEach(desk -> {
            script.hangup(desk, ANSWERED_ELSEWHERE);
            script.device(desk.device(), "NOT_INUSE");
        });
        Bridge bridge = Bridge.basic(office.ids().bridge());
        script.bridge("BridgeCreate", bridge);
        script.enter(bridge, agent);
        script.enter(bridge, caller);
        office.hangUpLater(agent.name());
        return script.events();
    }

    private static String stateInterface(Map<String, String> member) {
        String state = member.getOrDefault("StateInterface", "");
        return state.isEmpty() || state.equals("0") ? member.get("Location") : state;
    }

    private static ChannelView view(Chan channel) {
        return new ChannelView(channel.block(""), "", "", false, "");
    }
}
