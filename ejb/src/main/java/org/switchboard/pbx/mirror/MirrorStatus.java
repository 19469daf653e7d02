package org.switchboard.pbx.mirror;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * How far the mirror can be trusted, and what it has seen: read by JMX and the admin pages.
 *
 * @param stale whether the views may be out of date: from a disconnect, a reboot or a shutdown of the PBX
 *        until the next resynchronisation
 * @param staleReason why, when stale
 * @param lastSynchronized when the last snapshot was applied (PBX clock), if ever
 * @param anomaliesByEventType anomalies counted per PBX event type
 */
public record MirrorStatus(boolean stale, String staleReason, Optional<Instant> lastSynchronized,
        long eventsApplied, long domainEvents, long anomalies, long resyncs, Map<String, Long> anomaliesByEventType) {

    public MirrorStatus {
        anomaliesByEventType = Map.copyOf(anomaliesByEventType);
    }

    /**
     * The state of the picture in one line, for JMX and the admin page alike: {@code live, synchronised at T},
     * or {@code stale (why); last synchronised at T} (or {@code never synchronised}): what is shown is then
     * what was last known, and may be out of date.
     */
    public String summary() {
        String synchronised = lastSynchronized.map(at -> "synchronised at " + at).orElse("never synchronised");
        if (!stale) {
            return "live, " + synchronised;
        }
        return "stale (" + staleReason + "); shown as last known, " + lastSynchronized.map(at -> "last " + synchronised)
                .orElse(synchronised);
    }
}
