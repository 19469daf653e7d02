package org.switchboard.presence.model;

/** Where the subscription manager believes a watched user is. */
public enum LocationState {
    /** She has a live login: her changes come on PresenceChanged. */
    FOUND,
    /** She has none: an alert for her next login is asked of the directory. */
    OFFLINE
}
