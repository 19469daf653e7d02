package org.switchboard.pbx.scripted.demo;

/**
 * An answered reception call that the console blind-transfers (the AMI BlindTransfer action on the desk's
 * channel) to another extension: the queue call completes, the desk's channel goes, and the caller's channel
 * dials the target from the internal context.
 */
final class ReceptionTransfer {

    private final DemoPbx pbx;
    private final ReceptionCall call;

    ReceptionTransfer(DemoPbx pbx, ReceptionCall call) {
        this.pbx = pbx;
        this.call = call;
    }

    /** Transfers to {@code target} and starts dialling it; the returned call rings, answers and ends from there. */
    DialledCall transfer(StepEvents events, String target) {
        DemoChannel caller = call.caller();
        DemoChannel desk = call.agent();
        DemoBridge bridge = call.bridge();
        events.channel("Unhold", desk);
        events.event("BlindTransfer", StepEvents.CALL).with("Result", "Success").with(desk.block("Transferer"))
                .with(caller.block("Transferee")).with(bridge.block()).with("IsExternal", "Yes")
                .with("Context", "internal").with("Extension", target);
        call.agentComplete(events, "transfer");
        events.bridgeLeave(bridge, desk);
        events.dialplan(caller.at("internal", target, 1), caller.application(), ReceptionCall.QUEUE_DATA);
        events.bridgeLeave(bridge, caller);
        String dialData = "PJSIP/" + target + ",30,tT";
        events.dialplan(caller.at("internal", target, 2), "Dial", dialData);
        events.bridge("BridgeDestroy", bridge);
        DialledCall onward = new DialledCall(pbx, caller, target, dialData);
        onward.begin(events, target);
        pbx.hangup(events, desk, DialledCall.NORMAL);
        pbx.publishDevices(events);
        return onward;
    }
}
