package org.switchboard.pbx.scripted.demo;

/**
 * An answered reception call parked by the console (the AMI Park action, with the desk as the timeout channel):
 * the caller moves to the lot's holding bridge with music and the desk's channel goes. Then another phone dials
 * the space and picks the call up, or the parking time runs out and the call rings the desk again.
 */
final class ReceptionPark {

    private final DemoPbx pbx;
    private final ReceptionCall call;
    private String parker;
    private int space;
    private DemoBridge pickupBridge;
    private DemoChannel retriever;

    ReceptionPark(DemoPbx pbx, ReceptionCall call) {
        this.pbx = pbx;
        this.call = call;
    }

    int space() {
        return space;
    }

    void park(StepEvents events) {
        DemoChannel caller = call.caller();
        DemoChannel desk = call.agent();
        parker = desk.endpoint();
        DemoBridge lot = pbx.parking().bridge(events);
        events.bridgeLeave(call.bridge(), caller);
        space = pbx.parking().take(events, pbx.numbering().now());
        events.bridgeEnter(lot, caller);
        parkingEvent(events, "ParkedCall");
        events.channel("MusicOnHoldStart", caller).with("Class", "default");
        events.bridgeLeave(call.bridge(), desk);
        events.bridge("BridgeDestroy", call.bridge());
        events.hangupRequest("SoftHangupRequest", desk, DialledCall.NORMAL);
        pbx.hangup(events, desk, DialledCall.NORMAL);
        pbx.publishDevices(events);
    }

    /** A phone dials the space, answers at once, and gets the parked caller. */
    void pickUp(StepEvents events, String extension) {
        DemoChannel caller = call.caller();
        retriever = pbx.phoneChannel(extension, null, DemoChannel.RING).at("internal", Integer.toString(space), 1);
        events.channel("Newchannel", retriever);
        events.dialplan(retriever, "ParkedCall", DemoOffice.PARKING_LOT + "," + space);
        events.channel("Newstate", retriever.state(DemoChannel.UP));
        pbx.publishDevices(events);
        pickupBridge = DemoBridge.basic(pbx.numbering().bridgeId());
        events.bridge("BridgeCreate", pickupBridge);
        events.channel("MusicOnHoldStop", caller);
        parkingEvent(events, "UnParkedCall").with(retriever.block("Retriever"));
        pbx.parking().release(events, space);
        events.bridgeLeave(pbx.parking().bridge(events), caller);
        events.bridgeEnter(pickupBridge, caller);
        events.bridgeEnter(pickupBridge, retriever);
        events.channel("NewConnectedLine", retriever.linkedTo(caller.linkedId()).connectedTo(caller));
        events.channel("NewConnectedLine", caller.connectedTo(retriever));
    }

    /** The picked-up call ends; the queue reports the call complete just before the caller's channel goes. */
    void hangUp(StepEvents events, boolean retrieverHangsUp) {
        DemoChannel caller = call.caller();
        DemoChannel first = retrieverHangsUp ? retriever : caller;
        DemoChannel second = retrieverHangsUp ? caller : retriever;
        events.channel("HangupRequest", first);
        events.bridgeLeave(pickupBridge, first);
        events.hangupRequest("SoftHangupRequest", first, DialledCall.NORMAL);
        events.bridgeLeave(pickupBridge, second);
        events.hangupRequest("SoftHangupRequest", second, DialledCall.NORMAL);
        events.bridge("BridgeDestroy", pickupBridge);
        call.agentComplete(events, "caller");
        pbx.hangup(events, retriever, DialledCall.NORMAL);
        pbx.hangup(events, caller, DialledCall.NORMAL);
        pbx.publishDevices(events);
    }

    /** Nobody picked the call up in time: it leaves the lot and dials the parker again (comebacktoorigin). */
    DialledCall timeOut(StepEvents events) {
        DemoChannel caller = call.caller();
        parkingEvent(events, "ParkedCallTimeOut");
        events.channel("MusicOnHoldStop", caller);
        events.bridgeLeave(pbx.parking().bridge(events), caller);
        pbx.parking().release(events, space);
        String dialData = "PJSIP/" + parker + ",30";
        events.dialplan(caller.at("park-dial", "PJSIP_" + parker, 1), "Dial", dialData);
        DialledCall ringBack = new DialledCall(pbx, caller, parker, dialData);
        ringBack.begin(events, parker);
        return ringBack;
    }

    private StepEvents.Draft parkingEvent(StepEvents events, String type) {
        StepEvents.Draft event = events.event(type, StepEvents.CALL).with(call.caller().block("Parkee"));
        pbx.parking().describe(event, space, "PJSIP/" + parker, pbx.numbering().now());
        return event;
    }
}
