package org.switchboard.phone.model;

import java.time.Instant;
import java.util.Optional;

import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.DomainEvent;

/** A phone became free or busy, or its call changed between internal and external. */
public record PhoneStatusChanged(String device, Instant at, PhoneStatus before, PhoneStatus now)
        implements DomainEvent {

    @Override
    public Optional<CallId> callId() {
        return Optional.empty();
    }
}
