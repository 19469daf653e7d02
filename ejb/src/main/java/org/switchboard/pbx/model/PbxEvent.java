package org.switchboard.pbx.model;

import java.util.Optional;

/**
 * One thing the PBX told us, or one thing that happened to our connection to it. The AMI adapter turns
 * each AMI event it understands into exactly one of these records; the models consume them in the order
 * the PBX sent them, on one thread.
 *
 * <p>The vocabulary is grouped by subject: {@link ChannelEvent} (a channel's life, dialling, bridging,
 * hold and transfers), {@link QueueEvent}, {@link ParkingEvent}, {@link DeviceEvent} (device states and
 * registrations), {@link ConnectionEvent} (AMI link up and down, PBX boots and reloads, and the
 * snapshot that resynchronises the models), and {@link CommandAnswered} (the answer to one of our own
 * commands, in order with the events).
 */
public sealed interface PbxEvent
        permits ChannelEvent, QueueEvent, ParkingEvent, DeviceEvent, ConnectionEvent, CommandAnswered {

    Stamp stamp();

    /** Which record this is, for the models' exhaustive switches (see {@link PbxEventKind}). */
    PbxEventKind kind();

    /**
     * The channel the event is about, whose ids go in the logs: the channel of a channel event, the parked
     * channel, or the caller of a queue event; none for device and connection events and queue member changes.
     */
    default Optional<ChannelRef> subject() {
        if (this instanceof ChannelEvent channelEvent) {
            return Optional.of(channelEvent.channel());
        }
        if (this instanceof ParkingEvent parking) {
            return Optional.of(parking.parkee());
        }
        if (this instanceof QueueEvent.AboutCaller queueCall) {
            return Optional.of(queueCall.caller());
        }
        return Optional.empty();
    }
}
