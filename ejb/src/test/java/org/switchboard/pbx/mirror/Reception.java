package org.switchboard.pbx.mirror;

import static org.switchboard.pbx.model.PbxEvents.caller;
import static org.switchboard.pbx.model.PbxEvents.channel;
import static org.switchboard.pbx.model.PbxEvents.leg;

import java.time.Duration;

import org.switchboard.pbx.model.CallerId;
import org.switchboard.pbx.model.ChannelEvent.DialEnded;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.ChannelState;
import org.switchboard.pbx.model.DeviceState;
import org.switchboard.pbx.model.PbxEvents;

/**
 * An external call to the reception number 9000, in the order the recorded traces show it: the
 * ChanIsAvail probe of the console server's peer, GeneralQueue, both desks rung (ringall).
 */
final class Reception {

    static final String QUEUE = "GeneralQueue";
    static final CallerId EXTERNAL = caller("+3225550101", "External Caller");

    final ChannelRef trunk;
    final ChannelRef probe;
    final ChannelRef desk1;
    final ChannelRef desk2;
    private final Replay replay;
    private final PbxEvents pbx;

    Reception(Replay replay, String ids) {
        this.replay = replay;
        this.pbx = replay.pbx;
        trunk = channel("PJSIP/trunk-00000000", ids + ".2");
        probe = leg("PJSIP/npa10001-00000001", ids + ".3", trunk);
        desk1 = leg("PJSIP/201-00000002", ids + ".4", trunk);
        desk2 = leg("PJSIP/202-00000003", ids + ".5", trunk);
    }

    /** From the trunk's Newchannel to both desks ringing. */
    Reception ringsBothDesks() {
        replay.apply(
                pbx.inbound(trunk, EXTERNAL, "from-trunk", "9000"),
                pbx.exten(trunk, "from-trunk", "9000", "NoOp", "External call"),
                pbx.exten(trunk, "from-trunk", "9000", "Goto", "reception,s,1"),
                pbx.exten(trunk, "reception", "s", "ChanIsAvail", "PJSIP/npa10001,s"),
                pbx.outbound(probe, CallerId.UNKNOWN),
                pbx.exten(trunk, "reception", "s", "GotoIf", "0?unavailable"),
                pbx.exten(trunk, "reception", "s", "Queue", "GeneralQueue,rt,,,600"),
                pbx.queueJoin(QUEUE, trunk, 1),
                pbx.device("PJSIP/trunk", DeviceState.INUSE),
                pbx.hangup(probe, 21),
                pbx.outbound(desk1, caller("201", "Reception Desk 1")),
                pbx.dial(trunk, desk1),
                pbx.outbound(desk2, caller("202", "Reception Desk 2")),
                pbx.dial(trunk, desk2),
                pbx.state(desk1, ChannelState.RINGING),
                pbx.exten(desk1, "internal", "s", "AppQueue", "(Outgoing Line)"),
                pbx.connected(desk1, EXTERNAL),
                pbx.device("PJSIP/201", DeviceState.RINGING),
                pbx.state(desk2, ChannelState.RINGING),
                pbx.exten(desk2, "internal", "s", "AppQueue", "(Outgoing Line)"),
                pbx.connected(desk2, EXTERNAL),
                pbx.device("PJSIP/202", DeviceState.RINGING));
        return this;
    }

    /** After {@code ringing}, desk 2 answers and is bridged with the caller; returns the answering DialEnd. */
    DialEnded desk2Answers(Duration ringing) {
        pbx.later(ringing);
        DialEnded answer = pbx.dialEnd(trunk, desk2, "ANSWER");
        replay.apply(
                pbx.state(desk2, ChannelState.UP),
                answer,
                pbx.dialEnd(trunk, desk1, "CANCEL"),
                pbx.connected(trunk, caller("202", "Reception Desk 2")),
                pbx.dialEnd(trunk, desk1, "CANCEL"),
                pbx.device("PJSIP/202", DeviceState.INUSE),
                pbx.queueLeave(QUEUE, trunk),
                pbx.agentConnect(QUEUE, trunk, desk2),
                pbx.state(trunk, ChannelState.UP),
                pbx.hangup(desk1, 26),
                pbx.device("PJSIP/201", DeviceState.NOT_INUSE),
                pbx.enter(desk2, "bridge-1", 1),
                pbx.enter(trunk, "bridge-1", 2));
        return answer;
    }

    /** The caller hangs up a bridged call after {@code talking}. */
    void callerHangsUp(Duration talking) {
        pbx.later(talking);
        replay.apply(
                pbx.agentComplete(QUEUE, trunk, "PJSIP/202"),
                pbx.leave(trunk, "bridge-1", 1),
                pbx.leave(desk2, "bridge-1", 0),
                pbx.hangup(desk2),
                pbx.device("PJSIP/202", DeviceState.NOT_INUSE),
                pbx.hangup(trunk));
    }
}
