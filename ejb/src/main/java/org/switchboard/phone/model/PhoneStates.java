package org.switchboard.phone.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.switchboard.call.model.Call;
import org.switchboard.call.model.Party;
import org.switchboard.call.model.PartyState;
import org.switchboard.pbx.model.ConnectionEvent.PbxSynchronized;
import org.switchboard.pbx.model.ContactStatus;
import org.switchboard.pbx.model.DeviceEvent;
import org.switchboard.pbx.model.DeviceState;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.model.PbxSnapshot;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.Consequences;
import org.switchboard.shared.model.DeviceKind;
import org.switchboard.shared.model.TrunkDevices;

/**
 * The phones (devices that are neither trunks nor pseudo-devices, see {@link TrunkDevices}): their
 * {@link PhoneStatus} recomputed from the live calls after every event, the PBX's device state, and their
 * registrations from the contact events (PJSIP's ContactStatus, chan_sip's PeerStatus) and the snapshot's
 * contacts (PJSIPShowContacts and SIPpeers). A phone is known from the first event or snapshot that names it;
 * until a contact is seen it counts as unregistered.
 *
 * <p>One thread applies events; {@link #phones()} and {@link #phone(String)} may be read from any thread.
 */
public final class PhoneStates {

    private final TrunkDevices trunks;
    private final Map<String, PhoneBook> books = new TreeMap<>();
    private final Map<String, Phone> published = new ConcurrentHashMap<>();
    /** What each live call does to the phones on it: ringing or busy, internal or external, per device. */
    private final Map<CallId, Map<String, PhoneStatus>> occupation = new HashMap<>();
    /** The same, counted per device, so that a device's status is read without going through its calls. */
    private final Map<String, PhoneOccupancy> occupancy = new HashMap<>();

    public PhoneStates(TrunkDevices trunks) {
        this.trunks = trunks;
    }

    /**
     * Applies one event, with the calls it changed as the call model shows them after it (empty for a call
     * that ended); the work is proportional to those calls, not to all live calls.
     */
    public void apply(PbxEvent event, Map<CallId, Optional<Call>> changedCalls, Consequences out) {
        Instant at = event.stamp().pbxTime();
        boolean everyPhone = switch (event.kind()) {
            case DEVICE_STATE_CHANGED -> deviceState((DeviceEvent.DeviceStateChanged) event);
            case CONTACT_STATUS_CHANGED -> contact((DeviceEvent.ContactStatusChanged) event, at, out);
            case PEER_STATUS_CHANGED -> peer((DeviceEvent.PeerStatusChanged) event, at, out);
            case PBX_SYNCHRONIZED -> resync(((PbxSynchronized) event).snapshot(), at, out);
            // the phones' calls come from the call model, as changedCalls, whatever the event
            case CHANNEL_CREATED, CHANNEL_STATE_CHANGED, CHANNEL_PARTIES_CHANGED, DIALPLAN_STEPPED, DIAL_STARTED,
                    DIAL_ENDED, BRIDGE_ENTERED, BRIDGE_LEFT, CHANNEL_HELD, CHANNEL_RETRIEVED, BLIND_TRANSFERRED,
                    ATTENDED_TRANSFERRED, MUSIC_ON_HOLD_STARTED, MUSIC_ON_HOLD_STOPPED, LOCAL_BRIDGED,
                    LOCAL_OPTIMIZATION_BEGAN, LOCAL_OPTIMIZATION_ENDED, CHANNEL_HUNG_UP, QUEUE_CALLER_JOINED,
                    QUEUE_CALLER_LEFT, QUEUE_CALLER_ABANDONED, QUEUE_MEMBER_RUNG, QUEUE_MEMBER_MISSED,
                    QUEUE_MEMBER_CONNECTED, QUEUE_MEMBER_COMPLETED, QUEUE_MEMBER_ADDED, QUEUE_MEMBER_CHANGED,
                    QUEUE_MEMBER_REMOVED, QUEUE_MEMBER_PAUSED, CALL_PARKED, CALL_UNPARKED, PARKING_ENDED,
                    AMI_CONNECTED, AMI_DISCONNECTED, PBX_FULLY_BOOTED, PBX_RELOADED, PBX_SHUTTING_DOWN,
                    COMMAND_ANSWERED -> false;
        };
        Set<String> affected = occupy(changedCalls);
        statuses(affected, at, out);
        if (everyPhone) {
            books.forEach((device, book) -> published.put(device, book.toPhone()));
        } else {
            affected.forEach(device -> published.put(device, book(device).toPhone()));
        }
    }

    /** Returns true: a device event republishes every phone. */
    private boolean deviceState(DeviceEvent.DeviceStateChanged changed) {
        if (isPhone(changed.device())) {
            book(changed.device()).deviceState(changed.state());
        }
        return true;
    }

    private boolean contact(DeviceEvent.ContactStatusChanged contact, Instant at, Consequences out) {
        if (isPhone(contact.device())) {
            PhoneBook book = book(contact.device());
            Registration before = book.registration();
            book.contact(contact.uri(), contact.status());
            reportRegistration(book, before, at, out);
        }
        return true;
    }

    /** chan_sip's PeerStatus: a peer registered, went away or changed its reachability. */
    private boolean peer(DeviceEvent.PeerStatusChanged peer, Instant at, Consequences out) {
        if (isPhone(peer.device())) {
            PhoneBook book = book(peer.device());
            Registration before = book.registration();
            book.peer(peer.status(), peer.contact());
            reportRegistration(book, before, at, out);
        }
        return true;
    }

    public List<Phone> phones() {
        return published.values().stream().sorted(Comparator.comparing(Phone::device)).toList();
    }

    public Optional<Phone> phone(String device) {
        return Optional.ofNullable(published.get(device));
    }

    /** Records what the changed calls now do to their phones; returns the devices whose calls changed. */
    private Set<String> occupy(Map<CallId, Optional<Call>> changedCalls) {
        Set<String> affected = new HashSet<>();
        changedCalls.forEach((id, call) -> {
            Map<String, PhoneStatus> before = occupation.remove(id);
            if (before != null) {
                before.forEach(this::leave);
                affected.addAll(before.keySet());
            }
            Map<String, PhoneStatus> now = call.map(this::occupationOf).orElse(Map.of());
            if (!now.isEmpty()) {
                occupation.put(id, now);
                now.forEach((device, status) -> occupancy.computeIfAbsent(device, key -> new PhoneOccupancy())
                        .add(status));
                affected.addAll(now.keySet());
            }
        });
        return affected;
    }

    /** A phone whose party is being rung is ringing on the call; in any other occupying state it is busy. */
    private Map<String, PhoneStatus> occupationOf(Call call) {
        boolean external = call.direction().external();
        Map<String, PhoneStatus> devices = new HashMap<>();
        for (Party party : call.parties()) {
            if (party.kind() == DeviceKind.PHONE && party.state().occupiesDevice()) {
                PhoneStatus status = PhoneStatus.of(party.state() == PartyState.ALERTING, external);
                devices.merge(party.device(), status, PhoneStatus::and);
            }
        }
        return devices;
    }

    private void leave(String device, PhoneStatus status) {
        PhoneOccupancy calls = occupancy.get(device);
        if (calls != null) {
            calls.remove(status);
            if (calls.isEmpty()) {
                occupancy.remove(device);
            }
        }
    }

    private void statuses(Set<String> devices, Instant at, Consequences out) {
        for (String device : devices) {
            PhoneBook book = book(device);
            PhoneOccupancy calls = occupancy.get(device);
            PhoneStatus now = calls == null ? PhoneStatus.IDLE : calls.status();
            if (now != book.status()) {
                out.add(new PhoneStatusChanged(device, at, book.status(), now));
                book.status(now);
            }
        }
    }

    private boolean resync(PbxSnapshot snapshot, Instant at, Consequences out) {
        if (!snapshot.lists(PbxSnapshot.Part.REGISTRATIONS)) {
            snapshot.devices().forEach((device, state) -> {
                if (isPhone(device)) {
                    book(device).deviceState(state);
                }
            });
            return true; // the PBX refused its contacts or peers: registrations stay as they were
        }
        snapshot.devices().forEach((device, state) -> {
            if (isPhone(device)) {
                book(device).deviceState(state);
            }
        });
        Map<String, Map<String, ContactStatus>> contacts = new HashMap<>();
        for (PbxSnapshot.Contact contact : snapshot.contacts()) {
            if (isPhone(contact.device())) {
                book(contact.device());
                contacts.computeIfAbsent(contact.device(), key -> new LinkedHashMap<>())
                        .put(contact.uri(), contact.status());
            }
        }
        books.forEach((device, book) -> {
            Registration before = book.registration();
            book.replaceContacts(contacts.getOrDefault(device, Map.of()));
            reportRegistration(book, before, at, out);
        });
        return true;
    }

    private void reportRegistration(PhoneBook book, Registration before, Instant at, Consequences out) {
        if (book.registration() != before) {
            out.add(new PhoneRegistrationChanged(book.device(), at, book.registration(), book.contactAddress()));
        }
    }

    private boolean isPhone(String device) {
        return trunks.kindOf(device) == DeviceKind.PHONE;
    }

    private PhoneBook book(String device) {
        return books.computeIfAbsent(device, PhoneBook::new);
    }

    /** One phone's working copy. */
    private static final class PhoneBook {

        private final String device;
        private PhoneStatus status = PhoneStatus.IDLE;
        private DeviceState deviceState = DeviceState.UNKNOWN;
        private final Map<String, ContactStatus> contacts = new LinkedHashMap<>();

        PhoneBook(String device) {
            this.device = device;
        }

        String device() {
            return device;
        }

        PhoneStatus status() {
            return status;
        }

        void status(PhoneStatus newStatus) {
            status = newStatus;
        }

        void deviceState(DeviceState newState) {
            deviceState = newState;
        }

        void contact(String uri, ContactStatus contactStatus) {
            contacts.remove(uri);
            if (contactStatus.registered()) {
                contacts.put(uri, contactStatus);
            }
        }

        /** chan_sip: one registration per peer; a status without a contact changes the reachability of the one there is. */
        void peer(ContactStatus peerStatus, Optional<String> contact) {
            if (contact.isPresent() || !peerStatus.registered()) {
                replaceContacts(contact.map(uri -> Map.of(uri, peerStatus)).orElse(Map.of()));
            } else {
                contacts.replaceAll((uri, old) -> peerStatus);
            }
        }

        void replaceContacts(Map<String, ContactStatus> fresh) {
            contacts.clear();
            fresh.forEach(this::contact);
        }

        Registration registration() {
            return contacts.isEmpty() ? Registration.UNREGISTERED : Registration.REGISTERED;
        }

        Optional<ContactAddress> contactAddress() {
            return contacts.keySet().stream().reduce((first, second) -> second).map(ContactAddress::parse);
        }

        Phone toPhone() {
            return new Phone(device, status, deviceState, registration(), contactAddress());
        }
    }
}
