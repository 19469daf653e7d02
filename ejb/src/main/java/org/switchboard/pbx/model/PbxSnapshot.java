package org.switchboard.pbx.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.switchboard.shared.model.BridgeId;

/**
 * The PBX's state as its list actions report it, taken in one go: every channel (with the bridge it is
 * in), every queue with its members and waiting callers, every parked call, every device state and every
 * registered contact (PJSIP's contacts and chan_sip's peers that have an address), from the lists the PBX has.
 *
 * <p>A list the PBX refused to give (its manager user may lack a permission) is in {@code refused}, with the
 * PBX's words: the snapshot says nothing about that part of the PBX, and each model keeps what it had of it.
 */
public record PbxSnapshot(Instant takenAt, List<LiveChannel> channels, List<QueueState> queues,
        List<ParkedChannel> parked, Map<String, DeviceState> devices, List<Contact> contacts,
        Map<Part, String> refused) {

    /** The parts of the PBX a snapshot lists, each from its own list action. */
    public enum Part {
        CHANNELS, QUEUES, PARKED_CALLS, DEVICE_STATES, REGISTRATIONS
    }

    public PbxSnapshot {
        channels = List.copyOf(channels);
        queues = List.copyOf(queues);
        parked = List.copyOf(parked);
        devices = Map.copyOf(devices);
        contacts = List.copyOf(contacts);
        refused = Map.copyOf(refused);
    }

    /** A snapshot with every list. */
    public PbxSnapshot(Instant takenAt, List<LiveChannel> channels, List<QueueState> queues,
            List<ParkedChannel> parked, Map<String, DeviceState> devices, List<Contact> contacts) {
        this(takenAt, channels, queues, parked, devices, contacts, Map.of());
    }

    /** Whether the snapshot lists this part of the PBX (the PBX did not refuse its list). */
    public boolean lists(Part part) {
        return !refused.containsKey(part);
    }

    public static PbxSnapshot empty(Instant takenAt) {
        return new PbxSnapshot(takenAt, List.of(), List.of(), List.of(), Map.of(), List.of());
    }

    /** CoreShowChannel: a channel that exists, how long it has, and where it is. */
    public record LiveChannel(ChannelRef channel, ChannelState state, CallerId caller, CallerId connected,
            String context, String exten, String application, String appData, Optional<BridgeId> bridge,
            Duration age) {
    }

    /** QueueParams with its QueueMember and QueueEntry items. */
    public record QueueState(String name, String strategy, List<QueueMemberInfo> members,
            List<WaitingCaller> callers) {

        public QueueState {
            members = List.copyOf(members);
            callers = List.copyOf(callers);
        }
    }

    /** QueueEntry: a caller waiting in a queue. */
    public record WaitingCaller(ChannelRef caller, CallerId parties, int position, Duration waited) {
    }

    /** ParkedCall list item. */
    public record ParkedChannel(ChannelRef parkee, String parkerDialString, String lot, String space,
            Duration timeout, Duration parkedFor) {
    }

    /**
     * One registered contact of a device: a ContactList item of PJSIPShowContacts ({@code PJSIP/201}), or a
     * PeerEntry item of SIPpeers with an address ({@code SIP/201}, uri {@code sip:201@host:port}).
     */
    public record Contact(String device, String aor, String uri, ContactStatus status) {
    }
}
