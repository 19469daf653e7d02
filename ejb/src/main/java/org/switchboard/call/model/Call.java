package org.switchboard.call.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.switchboard.pbx.model.CallerId;
import org.switchboard.shared.model.CallId;

/**
 * A call in progress, as a read-only value safe to hand to any thread.
 *
 * @param caller who started the call (the first channel's caller id)
 * @param connected whom the first channel is connected to now
 * @param calledNumber the number the caller dialled (the first real extension its channel reached)
 * @param queue the first queue the call waited in
 * @param start when the first channel appeared (PBX clock)
 * @param answered when a dialled party first answered (PBX clock)
 * @param answeredBy the device that first answered
 * @param recovered whether the model learnt of the call from a resynchronisation snapshot
 * @param parties every channel that took a role in the call, in order of appearance, including those
 *        that have hung up already; role-less channels (probes) are left out
 */
public record Call(CallId id, Direction direction, CallerId caller, CallerId connected, String calledNumber,
        Optional<String> queue, Instant start, Optional<Instant> answered, Optional<String> answeredBy,
        boolean recovered, List<Party> parties) {

    public Call {
        parties = List.copyOf(parties);
    }

    /** The parties that have not hung up. */
    public List<Party> activeParties() {
        return parties.stream().filter(party -> party.state() != PartyState.CLEARED).toList();
    }
}
