package org.switchboard.phone.model;

import java.util.Locale;
import java.util.Optional;

import org.switchboard.pbx.model.DeviceState;

/**
 * A phone, as a read-only value: its status from our calls, the PBX's own device state, and its
 * registration with the contact it registered from (the latest, when it has several).
 *
 * @param device e.g. {@code PJSIP/201}
 */
public record Phone(String device, PhoneStatus status, DeviceState deviceState, Registration registration,
        Optional<ContactAddress> contact) {

    /**
     * The registration as a board shows it: {@code registered} or {@code unregistered}, marked as last known
     * when the picture is stale (the phone may have come or gone since).
     */
    public String registrationShown(boolean stale) {
        String known = registration.name().toLowerCase(Locale.ROOT);
        return stale ? known + " (last known, stale)" : known;
    }
}
