package org.switchboard.pbx.ami;

import static org.switchboard.pbx.ami.AmiFields.blank;
import static org.switchboard.pbx.ami.AmiFields.channel;
import static org.switchboard.pbx.ami.AmiFields.number;
import static org.switchboard.pbx.ami.AmiFields.parties;
import static org.switchboard.pbx.ami.AmiFields.text;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asteriskjava.manager.EventTimeoutException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.action.PJSipShowContactsAction;
import org.asteriskjava.manager.action.ParkedCallsAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.action.SipPeersAction;
import org.asteriskjava.manager.event.ContactList;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.PeerEntryEvent;
import org.asteriskjava.manager.event.QueueEntryEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.QueueParamsEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.switchboard.pbx.model.CallerId;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.ChannelState;
import org.switchboard.pbx.model.ContactStatus;
import org.switchboard.pbx.model.DeviceState;
import org.switchboard.pbx.model.PbxSnapshot;
import org.switchboard.pbx.model.PbxSnapshot.Contact;
import org.switchboard.pbx.model.PbxSnapshot.Part;
import org.switchboard.pbx.model.PbxSnapshot.LiveChannel;
import org.switchboard.pbx.model.PbxSnapshot.ParkedChannel;
import org.switchboard.pbx.model.PbxSnapshot.QueueState;
import org.switchboard.pbx.model.PbxSnapshot.WaitingCaller;
import org.switchboard.pbx.model.QueueMemberInfo;
import org.switchboard.shared.model.BridgeId;

/**
 * Takes a {@link PbxSnapshot} with the list actions the PBX has, one after the other, each within the read
 * timeout: CoreShowChannels (channels and their bridge), QueueStatus (QueueParams with QueueMember and
 * QueueEntry items), ParkedCalls, DeviceStateList, and the registrations of both SIP channel drivers:
 * PJSIPShowContacts (PJSIP) and SIPpeers (chan_sip). Blocking: run it on a worker, never on asterisk-java's
 * event thread, which must deliver the answers. Channels come first because QueueEntry carries no linked id;
 * a waiting caller takes it from its channel.
 *
 * <p>What Asterisk answers instead of a list, decided here once: {@code Invalid/unknown command} (the module
 * is not loaded: res_pjsip on a chan_sip PBX, chan_sip on Asterisk 22) means the PBX has no such list; the
 * action is skipped, logged once (SWB1015) and not sent again on this login. An Error whose message says that
 * nothing was found ({@code No Contacts found}, PJSIPShowContacts' answer when no phone is registered) is an
 * empty list. Any other error fails the snapshot.
 */
final class PbxSnapshotReader {

    private static final String UNKNOWN_ACTION = "Invalid/unknown command";

    private final ManagerConnection connection;
    private final ListActions lists;
    private final Duration timeout;
    private final Clock clock;

    /** The list actions the PBX turned down as unknown on this login; they are not sent again. */
    interface ListActions {
        boolean known(String action);

        void unknown(String action, String message);
    }

    PbxSnapshotReader(ManagerConnection connection, ListActions lists, Duration timeout, Clock clock) {
        this.connection = connection;
        this.lists = lists;
        this.timeout = timeout;
        this.clock = clock;
    }

    PbxSnapshot read() throws IOException, EventTimeoutException {
        Map<Part, String> refused = new EnumMap<>(Part.class);
        List<LiveChannel> channels = new ArrayList<>();
        for (CoreShowChannelEvent item : items(new CoreShowChannelsAction(), CoreShowChannelEvent.class,
                Part.CHANNELS, refused)) {
            liveChannel(item).ifPresent(channels::add);
        }
        Map<String, ChannelRef> byUniqueId = new HashMap<>();
        channels.forEach(live -> byUniqueId.put(live.channel().id().value(), live.channel()));
        List<QueueState> queues = queues(items(new QueueStatusAction(), ResponseEvent.class, Part.QUEUES, refused),
                byUniqueId);
        List<ParkedChannel> parked = new ArrayList<>();
        for (AmiParkedCallEvent item : items(new ParkedCallsAction(), AmiParkedCallEvent.class, Part.PARKED_CALLS,
                refused)) {
            ParkingTranslations.parkedChannel(item).ifPresent(parked::add);
        }
        Map<String, DeviceState> devices = new HashMap<>();
        for (AmiDeviceStateChangeEvent item : items(new DeviceStateListAction(), AmiDeviceStateChangeEvent.class,
                Part.DEVICE_STATES, refused)) {
            if (!blank(item.getDevice())) {
                devices.put(item.getDevice().strip(), DeviceState.ofName(item.getState()));
            }
        }
        List<Contact> contacts = new ArrayList<>();
        for (ContactList item : items(new PJSipShowContactsAction(), ContactList.class, Part.REGISTRATIONS,
                refused)) {
            contact(item).ifPresent(contacts::add);
        }
        for (PeerEntryEvent item : items(new SipPeersAction(), PeerEntryEvent.class, Part.REGISTRATIONS, refused)) {
            peer(item).ifPresent(contacts::add);
        }
        return new PbxSnapshot(clock.instant(), channels, queues, parked, devices, contacts, refused);
    }

    /**
     * The items of one list action. An action the PBX does not have is skipped (and not asked again on this
     * login); an error that says the list is empty is an empty list; any other error (say, {@code Permission
     * denied}: the manager user may not read that class) leaves the part out of this snapshot, logged, so
     * that no answer of the PBX keeps the link down.
     */
    private <T extends ResponseEvent> List<T> items(EventGeneratingAction action, Class<T> type, Part part,
            Map<Part, String> refused) throws IOException, EventTimeoutException {
        if (!lists.known(action.getAction())) {
            return List.of();
        }
        ResponseEvents answer = connection.sendEventGeneratingAction(action, timeout.toMillis());
        if (answer.getResponse() instanceof ManagerError error) {
            String message = String.valueOf(error.getMessage()).strip();
            if (message.startsWith(UNKNOWN_ACTION)) {
                lists.unknown(action.getAction(), message);
                return List.of();
            }
            if (message.startsWith("No ") && message.endsWith(" found")) {
                return List.of();
            }
            AmiLog.LOG.listActionRefused(action.getAction(), message);
            refused.put(part, action.getAction() + ": " + message);
            return List.of();
        }
        return answer.getEvents().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Optional<LiveChannel> liveChannel(CoreShowChannelEvent e) {
        Optional<BridgeId> bridge = blank(e.getBridgeid()) ? Optional.empty() : Optional.of(new BridgeId(e.getBridgeid()));
        String exten = blank(e.getExten()) ? e.getExtension() : e.getExten();
        return channel(e.getUniqueid(), e.getLinkedid(), e.getChannel()).map(ch -> new LiveChannel(ch,
                e.getChannelState() == null ? ChannelState.UNKNOWN : ChannelState.ofCode(e.getChannelState()),
                parties(e.getCallerIdNum(), e.getCallerIdName()),
                parties(e.getConnectedLineNum(), e.getConnectedLineName()), text(e.getContext()), text(exten),
                text(e.getApplication()), text(e.getApplicationdata()), bridge, clockTime(e.getDuration())));
    }

    /** QueueParams opens a queue; the QueueMember and QueueEntry items after it belong to it. */
    private static List<QueueState> queues(List<ResponseEvent> items, Map<String, ChannelRef> channels) {
        Map<String, String> strategies = new LinkedHashMap<>();
        Map<String, List<QueueMemberInfo>> members = new HashMap<>();
        Map<String, List<WaitingCaller>> callers = new HashMap<>();
        for (ResponseEvent item : items) {
            if (item instanceof QueueParamsEvent params && !blank(params.getQueue())) {
                strategies.put(params.getQueue(), text(params.getStrategy()));
            } else if (item instanceof QueueMemberEvent member) {
                QueueTranslations.member(member).ifPresent(info ->
                        members.computeIfAbsent(info.queue(), q -> new ArrayList<>()).add(info));
            } else if (item instanceof QueueEntryEvent entry && !blank(entry.getQueue())) {
                Optional.ofNullable(channels.get(text(entry.getUniqueId()))).ifPresent(ch ->
                        callers.computeIfAbsent(entry.getQueue(), q -> new ArrayList<>()).add(new WaitingCaller(ch,
                                new CallerId(entry.getCallerIdNum(), entry.getCallerIdName()),
                                number(entry.getPosition()), AmiFields.seconds(entry.getWait()))));
            }
        }
        List<QueueState> queues = new ArrayList<>();
        strategies.forEach((queue, strategy) -> queues.add(new QueueState(queue, strategy,
                members.getOrDefault(queue, List.of()), callers.getOrDefault(queue, List.of()))));
        return queues;
    }

    /** A ContactList item: ObjectName is {@code <aor>;@<hash>}, Endpoint the endpoint. */
    private static Optional<Contact> contact(ContactList e) {
        if (blank(e.getEndpoint()) || blank(e.getUri())) {
            return Optional.empty();
        }
        String object = text(e.getObjectname());
        String aor = object.contains(";@") ? object.substring(0, object.indexOf(";@")) : object;
        return Optional.of(new Contact("PJSIP/" + e.getEndpoint().strip(), aor, e.getUri().strip(),
                ContactStatus.ofName(e.getStatus() == null ? null : e.getStatus().name())));
    }

    /**
     * A PeerEntry item of SIPpeers: a chan_sip peer is registered when it has an address ({@code -none-} and
     * port 0 when not); its device is {@code SIP/<name>}, its contact {@code sip:<name>@<address>:<port>}.
     * Status {@code OK (3 ms)} is reachable, {@code LAGGED} reachable but slow, {@code UNREACHABLE}
     * unreachable, {@code Unmonitored} and {@code UNKNOWN} (no qualify, or no answer yet) not qualified.
     */
    private static Optional<Contact> peer(PeerEntryEvent e) {
        String address = text(e.getIpAddress()).strip();
        int port = e.getIpPort() == null ? 0 : e.getIpPort();
        if (blank(e.getObjectName()) || address.isEmpty() || address.equals("-none-") || port <= 0) {
            return Optional.empty();
        }
        String name = e.getObjectName().strip();
        return Optional.of(new Contact("SIP/" + name, name, "sip:" + name + "@" + address + ":" + port,
                peerStatus(text(e.getStatus()))));
    }

    /** chan_sip's qualify status of a registered peer (SIPpeers' Status, PeerStatus' PeerStatus). */
    static ContactStatus peerStatus(String status) {
        String upper = status.strip().toUpperCase(java.util.Locale.ROOT);
        if (upper.startsWith("OK") || upper.startsWith("LAGGED") || upper.equals("REACHABLE")) {
            return ContactStatus.REACHABLE;
        }
        return upper.startsWith("UNREACHABLE") ? ContactStatus.UNREACHABLE : ContactStatus.NON_QUALIFIED;
    }

    /** CoreShowChannel's Duration header, {@code HH:MM:SS}. */
    private static Duration clockTime(String hhmmss) {
        if (blank(hhmmss)) {
            return Duration.ZERO;
        }
        long seconds = 0;
        for (String part : hhmmss.strip().split(":")) {
            seconds = seconds * 60 + AmiFields.number(part);
        }
        return Duration.ofSeconds(seconds);
    }
}
