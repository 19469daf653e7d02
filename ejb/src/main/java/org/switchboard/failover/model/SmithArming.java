package org.switchboard.failover.model;

import java.util.HashSet;
import java.util.Set;

/**
 * When a critical probe's failure makes this site shoot itself (SMITH): only once the site has taken calls since
 * it started. A site that starts while a part is still down (its PBX link not up yet, its PBX not answering)
 * refuses calls through the verdict, but does not set a flag that only an operator can clear: a server that was
 * never in service has nothing to fail over from, and the flag would outlive the part's coming up. If the part
 * never comes up, the primary's calls go to the secondary, whose activity detection fences the primary anyway.
 */
public final class SmithArming {

    private final Set<String> failedBeforeArmed = new HashSet<>();
    private boolean armed;

    /** The site's verdict now: the first time it takes calls arms the SMITH for the rest of this start. */
    public synchronized void verdict(boolean takesCalls) {
        armed |= takesCalls;
    }

    /** Whether this is the first failure of {@code probe} seen before the site was armed (to log it once). */
    public synchronized boolean firstFailureOf(String probe) {
        return failedBeforeArmed.add(probe);
    }

    /** Whether a critical failure now sets SMITH. */
    public synchronized boolean armed() {
        return armed;
    }
}
