package org.switchboard.health.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What the fencing of this site says about taking calls: a refusal with its reason (a primary with SMITH or
 * STONITH set), and whether the start barrier still holds (a primary that has not heard its peer and has not
 * waited long enough). A secondary's stance never refuses.
 *
 * @param refusal the reason the flags refuse calls, such as {@code "STONITH: the secondary site-b demands that this
 *        primary stay down"}
 * @param waitingForPeer while starting, what the site still waits for; empty once the barrier is open
 */
public record FencingStance(Optional<String> refusal, Optional<String> waitingForPeer) {

    /** Flags clear and no barrier: what a secondary, or a primary in normal operation, says. */
    public static final FencingStance NONE = new FencingStance(Optional.empty(), Optional.empty());

    public FencingStance {
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(waitingForPeer, "waitingForPeer");
    }
}
