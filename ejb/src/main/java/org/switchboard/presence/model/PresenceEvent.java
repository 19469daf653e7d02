package org.switchboard.presence.model;

/** What the status provider publishes, in order: a {@link UserOffline} always before its {@link PresenceChanged}. */
public sealed interface PresenceEvent permits UserOffline, PresenceChanged {

    Presence presence();

    default UserId user() {
        return presence().user();
    }
}
