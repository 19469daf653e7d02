package org.switchboard.presence.model;

import java.util.Objects;

import org.switchboard.shared.model.Outcome;

/** One move of a watched user's location machine, for the service's log ({@code FROM --TRIGGER--> TO}). */
public record LocationMove(UserId user, Outcome.Moved<LocationState, LocationTrigger> move) {

    public LocationMove {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(move, "move");
    }

    @Override
    public String toString() {
        return user + ": " + move;
    }
}
