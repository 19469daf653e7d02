package org.switchboard.call.ops;

/** The live calls ({@code org.switchboard:type=Calls}). Listings start with a header line. */
public interface CallsMXBean {

    /**
     * One line per channel of every live call: party state, device, channel, bridged channel, caller name
     * and number, called number, unique id, internal or external, call id.
     */
    String[] getCalls();

    /** One line per parked call: lot, space, parked channel, caller, parker, parked for, time left, call id. */
    String[] getParkedCalls();

    int getCallCount();

    /** Whether the picture may be out of date (AMI down, PBX restarting, snapshot pending), and why. */
    String getModelState();

    /** Events applied, domain events produced, anomalies (per event type), resyncs. */
    String getModelCounters();
}
