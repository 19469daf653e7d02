package org.switchboard.pbx.scripted.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What all calls of the demo PBX share while they run: the numbering, the live channels, the device states, the
 * queues and the parking lot. Not thread-safe by itself: the steps that use it run one at a time (the emission
 * lock of {@link DemoOfficeDay}, or a single test thread).
 */
final class DemoPbx {

    private final DemoOffice office;
    private final Numbering numbering;
    private final Map<String, DemoChannel> live = new LinkedHashMap<>();
    private final DeviceStates devices;
    private final QueueBoard queues;
    private final ParkingLot parking = new ParkingLot();

    DemoPbx(DemoOffice office, Clock clock, Random random) {
        this.office = office;
        this.numbering = new Numbering(clock, random);
        this.devices = new DeviceStates(office);
        this.queues = new QueueBoard(office, clock.instant().getEpochSecond());
    }

    DemoOffice office() {
        return office;
    }

    Numbering numbering() {
        return numbering;
    }

    QueueBoard queues() {
        return queues;
    }

    ParkingLot parking() {
        return parking;
    }

    /** A fresh list for the events of one step. */
    StepEvents events() {
        return new StepEvents(numbering);
    }

    /** A new live channel on this endpoint; its own unique id is its linked id unless {@code linkedId} is given. */
    DemoChannel channel(String endpoint, String linkedId, int state) {
        String uniqueId = numbering.uniqueId();
        DemoChannel channel = new DemoChannel(numbering.channelName(endpoint), endpoint, uniqueId,
                linkedId == null ? uniqueId : linkedId, state);
        live.put(uniqueId, channel);
        return channel;
    }

    /** A new channel towards a phone, showing the phone's caller id as Asterisk does for outgoing channels. */
    DemoChannel phoneChannel(String extension, String linkedId, int state) {
        DemoOffice.Phone phone = office.phone(extension);
        return channel(extension, linkedId, state).caller(phone.extension(), phone.name());
    }

    /** Writes Hangup and forgets the channel. */
    StepEvents.Draft hangup(StepEvents events, DemoChannel channel, int cause) {
        live.remove(channel.uniqueId());
        return events.hangup(channel, cause);
    }

    /** Writes the device, extension and queue member changes that the present channels make. */
    void publishDevices(StepEvents events) {
        devices.publish(events, live.values());
        queues.publish(events, devices::state);
    }

    /** The channels of these calls are no longer the demo's: a command took them over. */
    void forget(java.util.Set<String> linkedIds) {
        live.values().removeIf(channel -> linkedIds.contains(channel.linkedId()));
    }

    List<DemoChannel> liveChannels() {
        return new ArrayList<>(live.values());
    }
}
