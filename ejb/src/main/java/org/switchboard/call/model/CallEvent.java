package org.switchboard.call.model;

import java.util.Optional;

import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.DomainEvent;

/** A domain event about one call; the call id is always known. */
public sealed interface CallEvent extends DomainEvent
        permits CallOffered, CallAnswered, CallHeld, CallRetrieved, CallTransferred, CallParked, CallUnparked,
        CallEnded, CallRecovered, PartyJoined {

    CallId call();

    @Override
    default Optional<CallId> callId() {
        return Optional.of(call());
    }
}
