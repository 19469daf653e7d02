package org.switchboard.presence.model;

/** What moves a watched user's location state; each names where it comes from. */
public enum LocationTrigger {
    /** A UserOffline event: her last live login ended. */
    USER_OFFLINE,
    /** The directory's one-shot alert for her next login went off (or was answered at once: she is online). */
    LOGIN_ALERTED,
    /** A PresenceChanged event: any login, log out or change of her presence. */
    PRESENCE_CHANGED,
    /** A watcher started watching her. */
    WATCH,
    /** The directory and status provider started again: alerts asked of the old directory are gone. */
    RESTARTED
}
