package org.switchboard.failover.model;

import java.util.Objects;

import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.phone.model.Registration;

/**
 * A phone's state as the sites of the pair tell each other: the device, its status from the calls (free, ringing,
 * busy; internal or external), its registration and the address it registered from ({@code host:port}, empty when
 * unknown).
 */
public record PhoneLine(String device, PhoneStatus status, Registration registration, String address) {

    public PhoneLine {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(address, "address");
        if (device.isBlank()) {
            throw new IllegalArgumentException("a phone line needs a device");
        }
    }

    /**
     * The same phone as seen by both sites: busy over ringing over idle and external over internal (the status
     * that forbids the most), registered if either side has it registered, and the address of a side where it is.
     */
    public PhoneLine aggregatedWith(PhoneLine other) {
        PhoneStatus worse = status.compareTo(other.status) >= 0 ? status : other.status;
        boolean here = registration == Registration.REGISTERED;
        boolean there = other.registration == Registration.REGISTERED;
        return new PhoneLine(device, worse, here || there ? Registration.REGISTERED : Registration.UNREGISTERED,
                !here && there ? other.address : address);
    }

    /**
     * One line of the phone list, in the shape of the seed's {@code ps.list}: name, state with the
     * internal/external marker, address, registration and source: {@code PJSIP/201:Idle(Unknown) -:0 Unregistered (Remote)}.
     */
    public String shown(PhoneSource source) {
        return device + ":" + state() + " " + (address.isEmpty() ? "-:0" : address) + " "
                + (registration == Registration.REGISTERED ? "Registered" : "Unregistered") + " (" + source.shown() + ")";
    }

    private String state() {
        return switch (status) {
            case IDLE -> "Idle(Unknown)";
            case RINGING_INTERNAL -> "Ring(Internal)";
            case RINGING_EXTERNAL -> "Ring(External)";
            case BUSY_INTERNAL -> "Busy(Internal)";
            case BUSY_EXTERNAL -> "Busy(External)";
        };
    }
}
