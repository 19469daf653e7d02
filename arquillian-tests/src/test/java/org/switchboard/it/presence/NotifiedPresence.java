package org.switchboard.it.presence;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.switchboard.presence.model.PresenceStatus;

/**
 * What the NOTIFYs a SIP watcher of the test received said of each user: the NOTIFY with the highest CSeq of her
 * dialog wins (NOTIFYs may be handled out of order), a terminated dialog shows as offline. Thread-safe.
 */
final class NotifiedPresence {

    private record Notified(long cseq, ExpectedPresence.Seen seen, boolean terminated, Instant at) {
    }

    private final Map<String, Notified> newest = new HashMap<>();
    private final Map<String, Integer> notifies = new HashMap<>();

    /** A NOTIFY of the user's dialog: its CSeq number, its Subscription-State header and its PIDF body. */
    synchronized void notified(String user, String cseq, String subscriptionState, String body) {
        long number = Long.parseLong(cseq.trim().split("\\s+")[0]);
        Notified told = new Notified(number, PidfText.seen(body), subscriptionState.startsWith("terminated"),
                Instant.now());
        notifies.merge(user, 1, Integer::sum);
        newest.merge(user, told, (known, now) -> now.cseq() >= known.cseq() ? now : known);
    }

    /** Forgets the dialogs' NOTIFYs (the watcher subscribes afresh, with new dialogs). */
    synchronized void forget() {
        newest.clear();
    }

    synchronized Optional<ExpectedPresence.Seen> seen(String user) {
        Notified notified = newest.get(user);
        if (notified == null) {
            return Optional.empty();
        }
        if (notified.terminated()) {
            return Optional.of(new ExpectedPresence.Seen(PresenceStatus.OFFLINE, "(subscription terminated)"));
        }
        return Optional.of(notified.seen());
    }

    /** How many NOTIFYs of the user came, and the newest's CSeq and time, for a failure's message. */
    synchronized String told(String user) {
        Notified last = newest.get(user);
        return " (" + notifies.getOrDefault(user, 0) + " NOTIFYs"
                + (last == null ? "" : ", the newest CSeq " + last.cseq() + " at " + last.at()) + ")";
    }
}
