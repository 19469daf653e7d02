package org.switchboard.pbx.scripted.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The queue calls a member answered, by the caller's unique id, until the queue reports them complete. As the
 * recordings show (hold-by-redirect-and-back, blind-transfer-by-redirect, park-slot-timeout-returns),
 * AgentComplete is not sent when the member's leg ends through a Redirect or a Park; it comes just before the
 * caller's own Hangup, with {@code Reason: caller} and a TalkTime from the member's answer on, and without the
 * member's channel (gone by then). A caller the Bridge action takes (couple-bridge-two-calls) gets none.
 */
final class Completions {

    private record Answered(String queue, String location, String memberName, long holdTime, Instant at) {
    }

    private final Clock clock;
    private final Map<String, Answered> byCaller = new ConcurrentHashMap<>();

    Completions(Clock clock) {
        this.clock = clock;
    }

    void answered(String callerUniqueId, String queue, String location, String memberName, long holdTime) {
        byCaller.put(callerUniqueId, new Answered(queue, location, memberName, holdTime, clock.instant()));
    }

    /** The caller's queue call ends without an AgentComplete (the Bridge action took it). */
    void drop(String callerUniqueId) {
        byCaller.remove(callerUniqueId);
    }

    /** The AgentComplete fields (after the caller's block) for a caller hanging up now; empty if none is due. */
    Optional<Map<String, String>> complete(String callerUniqueId) {
        return Optional.ofNullable(byCaller.remove(callerUniqueId)).map(answered -> {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("Queue", answered.queue());
            fields.put("Interface", answered.location());
            fields.put("MemberName", answered.memberName());
            fields.put("HoldTime", Long.toString(answered.holdTime()));
            fields.put("TalkTime", Long.toString(Duration.between(answered.at(), clock.instant()).toSeconds()));
            fields.put("Reason", "caller");
            return fields;
        });
    }
}
