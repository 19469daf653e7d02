package org.switchboard.pbx.scripted.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The parking lot {@code default} at run time: which spaces are taken (the first free one is given), since
 * when, and the lot's holding bridge. Like res_parking, the lot makes its bridge when the first call is parked
 * and keeps it afterwards, empty, for the next one.
 */
final class ParkingLot {

    private final Map<Integer, Instant> parkedSince = new HashMap<>();
    private DemoBridge bridge;

    /** The lot's bridge, created (and announced with BridgeCreate) on first use. */
    DemoBridge bridge(StepEvents events) {
        if (bridge == null) {
            bridge = DemoBridge.parking(events.numbering().bridgeId(), DemoOffice.PARKING_LOT);
            events.bridge("BridgeCreate", bridge);
        }
        return bridge;
    }

    /** Takes the first free space; the space's device goes in use. */
    int take(StepEvents events, Instant now) {
        for (int space = DemoOffice.FIRST_SPACE; space <= DemoOffice.LAST_SPACE; space++) {
            if (!parkedSince.containsKey(space)) {
                parkedSince.put(space, now);
                spaceDevice(events, space, "INUSE");
                return space;
            }
        }
        throw new IllegalStateException("every space of the demo parking lot is taken");
    }

    /** Frees the space; its device goes idle. */
    void release(StepEvents events, int space) {
        parkedSince.remove(space);
        spaceDevice(events, space, "NOT_INUSE");
    }

    int parkedCalls() {
        return parkedSince.size();
    }

    /** The lot fields that close ParkedCall, UnParkedCall and ParkedCallTimeOut. */
    void describe(StepEvents.Draft event, int space, String parkerDialString, Instant now) {
        long parked = Duration.between(parkedSince.getOrDefault(space, now), now).toSeconds();
        event.with("ParkerDialString", parkerDialString).with("Parkinglot", DemoOffice.PARKING_LOT)
                .with("ParkingSpace", Integer.toString(space))
                .with("ParkingTimeout", Long.toString(Math.max(0, DemoOffice.PARKING_SECONDS - parked)))
                .with("ParkingDuration", Long.toString(parked));
    }

    private static void spaceDevice(StepEvents events, int space, String state) {
        events.event("DeviceStateChange", StepEvents.CALL).with("Device", "park:" + space + "@parkedcalls")
                .with("State", state);
    }
}
