package org.switchboard.phone.model;

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
}
