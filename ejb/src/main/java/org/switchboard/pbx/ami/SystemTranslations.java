package org.switchboard.pbx.ami;

import static org.switchboard.pbx.ami.AmiFields.blank;
import static org.switchboard.pbx.ami.AmiFields.number;
import static org.switchboard.pbx.ami.AmiFields.text;

import java.time.Duration;
import java.util.Optional;

import org.asteriskjava.manager.event.ContactStatusEvent;
import org.asteriskjava.manager.event.FullyBootedEvent;
import org.asteriskjava.manager.event.PeerStatusEvent;
import org.asteriskjava.manager.event.ReloadEvent;
import org.asteriskjava.manager.event.ShutdownEvent;
import org.switchboard.pbx.model.ConnectionEvent.PbxFullyBooted;
import org.switchboard.pbx.model.ConnectionEvent.PbxReloaded;
import org.switchboard.pbx.model.ConnectionEvent.PbxShuttingDown;
import org.switchboard.pbx.model.ContactStatus;
import org.switchboard.pbx.model.DeviceEvent.ContactStatusChanged;
import org.switchboard.pbx.model.DeviceEvent.DeviceStateChanged;
import org.switchboard.pbx.model.DeviceEvent.PeerStatusChanged;
import org.switchboard.pbx.model.DeviceState;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.model.Stamp;

/** The device and PBX-life rows of the translator's table: device states, registrations, boots and reloads. */
final class SystemTranslations {

    private SystemTranslations() {
    }

    static Optional<PbxEvent> deviceStateChanged(AmiDeviceStateChangeEvent e, Stamp stamp) {
        return blank(e.getDevice()) ? Optional.empty()
                : Optional.of(new DeviceStateChanged(stamp, e.getDevice().strip(), DeviceState.ofName(e.getState())));
    }

    /** ContactStatus names the endpoint in EndpointName; a phone's device is {@code PJSIP/<endpoint>}. */
    static Optional<PbxEvent> contactStatus(ContactStatusEvent e, Stamp stamp) {
        if (blank(e.getEndpointName()) || blank(e.getUri())) {
            return Optional.empty();
        }
        long micros = number(e.getRoundtripUsec());
        return Optional.of(new ContactStatusChanged(stamp, "PJSIP/" + e.getEndpointName().strip(), text(e.getAor()),
                e.getUri().strip(), ContactStatus.ofName(e.getContactStatus()),
                micros > 0 ? Optional.of(Duration.ofNanos(micros * 1_000L)) : Optional.empty()));
    }

    /**
     * PeerStatus names the device in Peer ({@code SIP/205}); chan_sip's Registered carries the address it
     * registered from ({@code 127.0.0.1:5065}). PJSIP sends it too, for reachability only, beside its
     * ContactStatus. Rejected (a refused registration attempt) changes nothing.
     */
    static Optional<PbxEvent> peerStatus(PeerStatusEvent e, Stamp stamp) {
        String device = text(e.getPeer()).strip();
        if (device.indexOf('/') <= 0 || blank(e.getPeerStatus())) {
            return Optional.empty();
        }
        String peer = device.substring(device.indexOf('/') + 1);
        return switch (e.getPeerStatus().strip().toUpperCase(java.util.Locale.ROOT)) {
            case "REGISTERED" -> address(e).map(address -> new PeerStatusChanged(stamp, device, ContactStatus.CREATED,
                    Optional.of("sip:" + peer + "@" + address)));
            case "UNREGISTERED" -> Optional.of(new PeerStatusChanged(stamp, device, ContactStatus.REMOVED,
                    Optional.empty()));
            case "REACHABLE", "LAGGED", "UNREACHABLE" -> Optional.of(new PeerStatusChanged(stamp, device,
                    PbxSnapshotReader.peerStatus(e.getPeerStatus()), Optional.empty()));
            default -> Optional.empty();
        };
    }

    /** {@code host:port} from Address, with Port when asterisk-java split them apart. */
    private static Optional<String> address(PeerStatusEvent e) {
        String address = text(e.getAddress()).strip();
        if (address.isEmpty()) {
            return Optional.empty();
        }
        boolean hasPort = address.lastIndexOf(':') > address.lastIndexOf(']');
        return Optional.of(hasPort || e.getPort() == null ? address : address + ":" + e.getPort());
    }

    static Optional<PbxEvent> fullyBooted(FullyBootedEvent e, Stamp stamp) {
        return Optional.of(new PbxFullyBooted(stamp, AmiFields.seconds(e.getUptime()),
                Duration.ofSeconds(number(e.getLastreload()))));
    }

    static Optional<PbxEvent> reloaded(ReloadEvent e, Stamp stamp) {
        return Optional.of(new PbxReloaded(stamp, text(e.getModule())));
    }

    static Optional<PbxEvent> shuttingDown(ShutdownEvent e, Stamp stamp) {
        return Optional.of(new PbxShuttingDown(stamp, Boolean.TRUE.equals(e.getRestart())));
    }
}
