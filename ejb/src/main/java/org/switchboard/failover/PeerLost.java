package org.switchboard.failover;

import java.time.Instant;

/** CDI event: the other site left the cluster view (it stopped, died, or the link between the sites broke). */
public record PeerLost(String site, Instant at) {
}
