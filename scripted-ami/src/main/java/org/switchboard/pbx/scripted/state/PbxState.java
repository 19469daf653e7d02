package org.switchboard.pbx.scripted.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.StartupLists;

/**
 * What the simulated PBX knows, updated from every event it emits, so that list actions always answer
 * from the present. The configuration part (queues and members, endpoints, contacts, device and extension
 * states, parking lots) is seeded from the recorded answers of a startup-sync session; calls come and go with
 * events. Thread-safe: every method takes the object's lock, so an answer is one consistent snapshot.
 * The list methods return items with an empty ActionID header where Asterisk puts it.
 */
public final class PbxState {

    private final Clock clock;
    private final Channels channels = new Channels();
    private final Bridges bridges = new Bridges();
    private final Queues queues = new Queues();
    private final Parking parking = new Parking();
    private final Devices devices = new Devices();
    private final Endpoints endpoints = new Endpoints();
    private final Peers peers = new Peers();
    private PbxBuild build = PbxBuild.ASTERISK_20_PJSIP;
    private Instant started;
    private long processedCalls;

    public PbxState(Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
    }

    /**
     * Loads the configuration from the answers of a start-up sync (the demo office's, a recording's such as
     * startup-sync, chan_sip/startup-sync, actions/snapshot-no-registrations) and takes the {@link PbxBuild} of
     * the Asterisk that gave them: its versions and channel driver.
     */
    public synchronized void seed(StartupLists trace) {
        build = trace.build();
        peers.seed(trace.listItems("SIPpeers"), trace.details("SIPshowpeer"));
        queues.seed(trace.listItems("QueueStatus"));
        endpoints.seed(trace.listItems("PJSIPShowEndpoints"), trace.listItems("PJSIPShowContacts"));
        parking.seed(trace.listItems("Parkinglots"));
        trace.listItems("DeviceStateList").forEach(devices::apply);
        trace.listItems("ExtensionStateList").forEach(devices::apply);
    }

    /** Takes one emitted event into account. */
    public synchronized void apply(AmiMessage event) {
        Instant now = clock.instant();
        if (event.type().equals("Newchannel")) {
            processedCalls++;
        }
        channels.apply(event, now);
        bridges.apply(event);
        queues.apply(event, now);
        parking.apply(event, now);
        devices.apply(event);
        endpoints.apply(event);
        peers.apply(event);
    }

    /** A restarted PBX: no channels, bridges, parked calls or queue callers, no busy device; uptime starts again. */
    public synchronized void restart() {
        channels.clear();
        bridges.clear();
        parking.clearCalls();
        queues.clearCallers();
        devices.idleAll();
        processedCalls = 0;
        started = clock.instant();
    }

    /** What the simulated Asterisk is: versions and channel driver (Asterisk 20 with PJSIP unless seeded otherwise). */
    public synchronized PbxBuild build() {
        return build;
    }

    public synchronized Instant started() {
        return started;
    }

    public synchronized Duration uptime() {
        return Duration.between(started, clock.instant());
    }

    public synchronized long processedCalls() {
        return processedCalls;
    }

    public synchronized List<AmiMessage> coreShowChannels() {
        return channels.coreShowChannels(clock.instant());
    }

    public synchronized List<AmiMessage> status() {
        return channels.status(clock.instant());
    }

    public synchronized List<AmiMessage> bridges(String bridgeType) {
        return bridges.list(bridgeType);
    }

    public synchronized List<AmiMessage> queueStatus(String queue, String member) {
        return queues.status(queue, member, clock.instant());
    }

    public synchronized List<AmiMessage> queueSummary(String queue) {
        return queues.summary(queue, clock.instant());
    }

    /** Whether the named queue (or any, when "") has a member on this interface, such as {@code PJSIP/201}. */
    public synchronized boolean hasQueueMember(String queue, String location) {
        return queues.hasMember(queue, location);
    }

    /** The live channel of this name. */
    public synchronized java.util.Optional<ChannelView> channel(String name) {
        return channels.named(name);
    }

    /** The caller id name a device's own channels show ("" if never seen), such as {@code Reception Desk 2}. */
    public synchronized String callerName(String device) {
        return channels.callerName(device);
    }

    /** Whether a live channel has this unique id. */
    public synchronized boolean hasUniqueId(String uniqueId) {
        return channels.hasUniqueId(uniqueId);
    }

    /** The live channels of a device ({@code PJSIP/202}), in the order they were made. */
    public synchronized List<ChannelView> channelsOfDevice(String device) {
        return channels.ofDevice(device);
    }

    /** Whether the device has a live channel. */
    public synchronized boolean deviceInUse(String device) {
        return channels.inUse(device);
    }

    /** The live channels in this bridge. */
    public synchronized List<ChannelView> channelsInBridge(String bridgeId) {
        return channels.inBridge(bridgeId);
    }

    /** The live channels of one call (linked id). */
    public synchronized List<ChannelView> channelsOfCall(String linkedId) {
        return channels.ofCall(linkedId);
    }

    /** A bridge's snapshot (BridgeUniqueid, BridgeType, ...); empty when there is no such bridge. */
    public synchronized java.util.Map<String, String> bridge(String bridgeId) {
        return bridges.snapshot(bridgeId);
    }

    /** The id of the live bridge of this type and name; "" if none. */
    public synchronized String findBridge(String type, String name) {
        return bridges.find(type, name);
    }

    /** A parking lot's configuration, if it exists. */
    public synchronized java.util.Optional<java.util.Map<String, String>> parkingLot(String name) {
        return parking.lot(name);
    }

    public synchronized boolean parkingSpaceTaken(String lot, String space) {
        return parking.taken(lot, space);
    }

    /** The queues (or the named one) where this interface is a member, with a copy of the member's fields. */
    public synchronized java.util.Map<String, java.util.Map<String, String>> queueMemberships(String queue,
            String location) {
        return queues.memberships(queue, location);
    }

    /** The members of one queue (copies of their fields: Name, Location, StateInterface, Paused, ...). */
    public synchronized List<java.util.Map<String, String>> queueMembers(String queue) {
        return queues.members(queue);
    }

    /** The unique ids of the callers waiting in one queue, in position order. */
    public synchronized List<String> queueCallers(String queue) {
        return queues.callers(queue);
    }

    /** The live channel with this unique id. */
    public synchronized Optional<ChannelView> channelById(String uniqueId) {
        return channels.byId(uniqueId);
    }

    public synchronized boolean queueExists(String queue) {
        return queues.exists(queue);
    }

    /** {position, seconds waited} of a caller in a queue; position 0 when it does not wait there. */
    public synchronized long[] queueCaller(String queue, String uniqueId) {
        return queues.caller(queue, uniqueId, clock.instant());
    }

    public Clock clock() {
        return clock;
    }

    public synchronized List<AmiMessage> parkedCalls(String lot) {
        return parking.parkedCalls(lot, clock.instant());
    }

    public synchronized List<AmiMessage> parkingLots() {
        return parking.lots();
    }

    public synchronized List<AmiMessage> deviceStates() {
        return devices.deviceStates();
    }

    /** The state of one device, such as {@code NOT_INUSE}; "" when unknown. */
    public synchronized String deviceState(String device) {
        return devices.state(device);
    }

    public synchronized List<AmiMessage> extensionStates() {
        return devices.extensionStates();
    }

    public synchronized List<AmiMessage> endpoints() {
        return endpoints.endpoints(channels::activeOn);
    }

    public synchronized List<AmiMessage> contacts() {
        return endpoints.contacts();
    }

    /** The items of a SIPpeers answer (chan_sip). */
    public synchronized List<AmiMessage> peers() {
        return peers.entries();
    }

    /** The SIPshowpeer answer for a chan_sip peer; empty when there is no such peer. */
    public synchronized Optional<AmiMessage> peer(String name) {
        return peers.details(name);
    }
}
