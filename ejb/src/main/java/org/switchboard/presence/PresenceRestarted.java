package org.switchboard.presence;

import java.time.Instant;
import java.util.Objects;

/**
 * The presence service dropped everything it held in memory (logins, presence, watches) and reloaded the users'
 * notes, attributes and versions from the database (a CDI event). Every source and watcher side observes it and
 * announces itself again: console sessions their logins and watches, the phone source its registered phones, the
 * SIP side its stored subscriptions. Passive logins and SIP publications are not rebuilt: their next refresh is
 * refused and the client logs in again.
 */
public record PresenceRestarted(Instant at, String why) {

    public PresenceRestarted {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(why, "why");
    }
}
