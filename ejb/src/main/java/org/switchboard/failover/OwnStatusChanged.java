package org.switchboard.failover;

import org.switchboard.failover.model.SiteStatus;

/** CDI event: this site's status changed (flags, verdict, activity, demand); the pair link sends it to the peer. */
public record OwnStatusChanged(SiteStatus status) {
}
