package org.switchboard.failover.model;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.switchboard.queue.model.QueueChanged;
import org.switchboard.shared.model.CallId;

/**
 * What counts as reception activity on a site: a call that joins a reception queue (a receptionist's personal queue
 * or one of the general queues the receptionists serve) on this site's PBX. Each call counts once, however many
 * reception queues it passes through (a call sent back from a personal queue to the general queue is the same
 * reception call). Remembers the last {@link #REMEMBERED} calls it reported.
 *
 * <p>Not thread-safe: its owner serialises the calls.
 */
public final class ReceptionActivityRule {

    /** How many reported calls are remembered to report each only once: far more than a day's reception calls. */
    public static final int REMEMBERED = 10_000;

    private final Set<CallId> reported = new LinkedHashSet<>();

    /** Whether the event could be activity at all (a caller joining a queue), before the queues are looked up. */
    public static boolean candidate(QueueChanged event) {
        return event.change() == QueueChanged.Change.CALLER_JOINED && event.callId().isPresent();
    }

    /** The call, when {@code event} is a reception call reaching the PBX for the first time; empty otherwise. */
    public Optional<CallId> activity(QueueChanged event, Set<String> receptionQueues) {
        if (!candidate(event) || !receptionQueues.contains(event.queue())) {
            return Optional.empty();
        }
        CallId call = event.callId().orElseThrow();
        if (!reported.add(call)) {
            return Optional.empty();
        }
        if (reported.size() > REMEMBERED) {
            reported.remove(reported.iterator().next());
        }
        return Optional.of(call);
    }
}
