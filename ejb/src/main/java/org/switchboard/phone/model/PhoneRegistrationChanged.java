package org.switchboard.phone.model;

import java.time.Instant;
import java.util.Optional;

import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.DomainEvent;

/** A phone registered (from {@code contact}) or lost its last registration. */
public record PhoneRegistrationChanged(String device, Instant at, Registration now,
        Optional<ContactAddress> contact) implements DomainEvent {

    @Override
    public Optional<CallId> callId() {
        return Optional.empty();
    }
}
