package org.switchboard.call.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.switchboard.shared.model.CallId;

/**
 * The call is over, with what the model knew of it. Exactly one per call. {@code ending} says how the model
 * learnt it: normally the last channel hung up; a call can also go on in another call (Asterisk moved one of
 * its channels to the other call's linked id, as when a phone picks up a parked call or AMI Bridge couples two
 * calls, see {@link PartyJoined}), or be missing from a resynchronisation snapshot: its facts hold what was
 * known, and its end is estimated, the last moment it was known to live (see {@link #endEstimated()}).
 *
 * @param at when the call ended (its facts' end)
 * @param facts what the call model knew of the call, from which the CDR domain writes its record
 * @param continuedIn the call that took over the channels, when {@code ending} is {@link Ending#MERGED}
 */
public record CallEnded(CallId call, Instant at, EndedCall facts, Ending ending,
        Optional<CallId> continuedIn) implements CallEvent {

    public CallEnded {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(ending, "ending");
        Objects.requireNonNull(continuedIn, "continuedIn");
    }

    /** Whether {@link #at()} is an estimate: the model missed the end (always so for {@link Ending#VANISHED}). */
    public boolean endEstimated() {
        return facts.endEstimated();
    }

    /** How the end of the call became known. */
    public enum Ending {
        /** Its last channel hung up. */
        HUNG_UP,
        /**
         * A channel of it went on as part of another call (see {@code continuedIn}); it ended when its last
         * channel hung up or moved there too.
         */
        MERGED,
        /**
         * A resynchronisation snapshot no longer had it; the model missed its end, and estimates it as the
         * last moment the call was known to live.
         */
        VANISHED
    }
}
