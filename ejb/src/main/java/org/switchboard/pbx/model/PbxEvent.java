package org.switchboard.pbx.model;

/**
 * One thing the PBX told us, or one thing that happened to our connection to it. The AMI adapter turns
 * each AMI event it understands into exactly one of these records; the models consume them in the order
 * the PBX sent them, on one thread.
 *
 * <p>The vocabulary is grouped by subject: {@link ChannelEvent} (a channel's life, dialling, bridging,
 * hold and transfers), {@link QueueEvent}, {@link ParkingEvent}, {@link DeviceEvent} (device states and
 * registrations) and {@link ConnectionEvent} (AMI link up and down, PBX boots and reloads, and the
 * snapshot that resynchronises the models).
 */
public sealed interface PbxEvent permits ChannelEvent, QueueEvent, ParkingEvent, DeviceEvent, ConnectionEvent {

    Stamp stamp();
}
