package org.switchboard.pbx.model;

import java.time.Duration;
import java.util.Optional;

/** Events about a device (a phone or a trunk) rather than a call: its state and its registrations. */
public sealed interface DeviceEvent extends PbxEvent {

    /** The device, e.g. {@code PJSIP/201}. */
    String device();

    /** DeviceStateChange: the PBX's aggregate state of the device changed. */
    record DeviceStateChanged(Stamp stamp, String device, DeviceState state) implements DeviceEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.DEVICE_STATE_CHANGED;
        }
    }

    /**
     * ContactStatus: a registered contact of the device's endpoint was created, removed, or changed
     * reachability. The device is {@code PJSIP/<endpoint>}.
     *
     * @param aor the address of record, e.g. {@code 201}
     * @param uri the contact, e.g. {@code sip:201@127.0.0.1:5061}
     * @param roundTrip the last qualify round trip, when the contact is qualified
     */
    record ContactStatusChanged(Stamp stamp, String device, String aor, String uri, ContactStatus status,
            Optional<Duration> roundTrip) implements DeviceEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.CONTACT_STATUS_CHANGED;
        }
    }

    /**
     * PeerStatus: a chan_sip peer registered from an address, unregistered, or changed reachability (PJSIP
     * sends it for reachability only). A chan_sip peer has at most one registration, so a new contact
     * replaces the one before; a reachability change applies to the contacts the device has.
     *
     * @param device {@code SIP/<peer>} (or {@code PJSIP/<endpoint>})
     * @param status {@link ContactStatus#CREATED} for Registered, {@link ContactStatus#REMOVED} for Unregistered,
     *        {@link ContactStatus#REACHABLE} for Reachable and Lagged, {@link ContactStatus#UNREACHABLE}
     * @param contact the registered contact {@code sip:<peer>@<host>:<port>}, for Registered
     */
    record PeerStatusChanged(Stamp stamp, String device, ContactStatus status, Optional<String> contact)
            implements DeviceEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.PEER_STATUS_CHANGED;
        }
    }
}
