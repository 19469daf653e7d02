package org.switchboard.failover;

import java.time.Instant;

/** CDI event: a reception call reached this site's PBX (the call id is its linked id), the failover's trigger. */
public record ReceptionActivity(String callId, Instant at) {
}
