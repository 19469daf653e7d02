package org.switchboard.pbx.ami;

import static org.switchboard.pbx.ami.AmiFields.blank;
import static org.switchboard.pbx.ami.AmiFields.number;
import static org.switchboard.pbx.ami.AmiFields.text;

import java.time.Duration;
import java.util.Optional;

import org.asteriskjava.manager.event.ContactStatusEvent;
import org.asteriskjava.manager.event.FullyBootedEvent;
import org.asteriskjava.manager.event.ReloadEvent;
import org.asteriskjava.manager.event.ShutdownEvent;
import org.switchboard.pbx.model.ConnectionEvent.PbxFullyBooted;
import org.switchboard.pbx.model.ConnectionEvent.PbxReloaded;
import org.switchboard.pbx.model.ConnectionEvent.PbxShuttingDown;
import org.switchboard.pbx.model.ContactStatus;
import org.switchboard.pbx.model.DeviceEvent.ContactStatusChanged;
import org.switchboard.pbx.model.DeviceEvent.DeviceStateChanged;
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
