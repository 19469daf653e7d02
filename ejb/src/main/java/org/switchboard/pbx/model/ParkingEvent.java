package org.switchboard.pbx.model;

import java.time.Duration;
import java.util.Optional;

/** Events about a parked call, named by the parked channel (the parkee). */
public sealed interface ParkingEvent extends PbxEvent {

    ChannelRef parkee();

    String lot();

    String space();

    /** ParkedCall: the parkee waits in {@code space} of {@code lot} until picked up or {@code timeout}. */
    record CallParked(Stamp stamp, ChannelRef parkee, Optional<ChannelRef> parker, String parkerDialString,
            String lot, String space, Duration timeout) implements ParkingEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.CALL_PARKED;
        }
    }

    /** UnParkedCall: someone picked the parked call up. */
    record CallUnparked(Stamp stamp, ChannelRef parkee, Optional<ChannelRef> retriever, String lot, String space)
            implements ParkingEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.CALL_UNPARKED;
        }
    }

    /** ParkedCallTimeOut or ParkedCallGiveUp: the parked call left its space without being picked up. */
    record ParkingEnded(Stamp stamp, ChannelRef parkee, String lot, String space, Ending ending)
            implements ParkingEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.PARKING_ENDED;
        }
    }

    /** Why a parked call left its space without a pickup. */
    enum Ending {
        /** Nobody picked it up in time; it goes back to the parker (or wherever the lot sends it). */
        TIMED_OUT,
        /** The parked caller hung up. */
        GAVE_UP
    }
}
