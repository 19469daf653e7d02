package org.switchboard.health.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The console availability aggregate: the console server can serve the reception only while its PBX link is
 * up, its picture of the PBX is live (not stale) and its SIP endpoint listens. Until the link has been up once
 * since the start the answer is UNKNOWN (starting), so that a restart is not taken for a failure. A model that is
 * stale while the link is up (a resynchronisation after a PBX reload) is only a WARNING during
 * {@link #RESYNC_GRACE}, so that a routine reload never fails the site over.
 *
 * @param amiState the PBX link's state, such as {@code CONNECTED}
 * @param amiConnected whether that state is the connected one
 * @param everConnected whether the link has been connected since the start
 * @param mirrorStale whether the model of the PBX may be out of date
 * @param staleReason why, when stale
 * @param staleFor how long the model has been stale
 * @param listeningPoints how many SIP listening points are open
 */
public record ConsoleAvailability(String amiState, boolean amiConnected, boolean everConnected, boolean mirrorStale,
        String staleReason, Duration staleFor, int listeningPoints) {

    /** How long a stale model with the link up is a warning only. */
    public static final Duration RESYNC_GRACE = Duration.ofSeconds(5);

    /** The reading this gives. */
    public ProbeReading reading(Instant at, Duration took) {
        String value = "AMI " + amiState + ", model " + (mirrorStale ? "stale" : "live") + ", SIP listening on "
                + listeningPoints + " point" + (listeningPoints == 1 ? "" : "s");
        List<String> problems = new ArrayList<>();
        if (!amiConnected) {
            problems.add("the PBX link is " + amiState);
        }
        if (mirrorStale) {
            problems.add("the model of the PBX is stale (" + staleReason + ")");
        }
        if (listeningPoints == 0) {
            problems.add("the SIP endpoint is not listening");
        }
        if (problems.isEmpty()) {
            return new ProbeReading(Probe.CONSOLE_AVAILABILITY, ProbeLevel.OK, value, "", at, took);
        }
        if (everConnected && amiConnected && listeningPoints > 0 && staleFor.compareTo(RESYNC_GRACE) < 0) {
            return new ProbeReading(Probe.CONSOLE_AVAILABILITY, ProbeLevel.WARNING, value,
                    "resynchronising for " + staleFor.toMillis() + " ms: " + problems.get(0), at, took);
        }
        ProbeLevel level = everConnected ? ProbeLevel.FAILED : ProbeLevel.UNKNOWN;
        String detail = (everConnected ? "" : "starting: ") + String.join("; ", problems);
        return new ProbeReading(Probe.CONSOLE_AVAILABILITY, level, value, detail, at, took);
    }
}
