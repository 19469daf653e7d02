package org.switchboard.failover;

import org.switchboard.failover.model.SiteStatus;

/** CDI event: the other site of the pair sent its status (every heartbeat, and at once on a change). */
public record PeerStatusHeard(SiteStatus status) {
}
