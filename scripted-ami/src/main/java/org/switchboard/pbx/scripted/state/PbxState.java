package org.switchboard.pbx.scripted.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.AmiTrace;

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
     * Loads the configuration from the recorded answers of a session that listed it (such as startup-sync),
     * and takes the recorded PBX's {@link PbxBuild}: its versions and channel driver.
     */
    public synchronized void seed(AmiTrace trace) {
        build = PbxBuild.of(trace);
        peers.seed(trace.listItems("SIPpeers"), trace.actions().stream()
                .filter(action -> action.name().equalsIgnoreCase("SIPshowpeer"))
                .map(action -> trace.response(action.actionId())).flatMap(Optional::stream)
                .filter(response -> response.getOr("Response", "").equals("Success")).toList());
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
