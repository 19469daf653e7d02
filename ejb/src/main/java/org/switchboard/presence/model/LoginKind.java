package org.switchboard.presence.model;

import java.util.Locale;

/** Where a login comes from. Each kind has its own source, which also ends its logins. */
public enum LoginKind {
    /** A receptionist's console session; carries a status (available, or away while she is paused). */
    CONSOLE,
    /** A SIP phone registration that call management sees at the PBX; carries no status of its own. */
    PHONE,
    /** A login an integration (a CTI server) made on the user's behalf through the REST API; status optional. */
    PASSIVE,
    /** A SIP PUBLISH of the presence event package; carries the published status. */
    PUBLICATION;

    String prefix() {
        return name().toLowerCase(Locale.ROOT);
    }
}
