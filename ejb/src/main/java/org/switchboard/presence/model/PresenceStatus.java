package org.switchboard.presence.model;

/**
 * A user's status as watchers see it. {@link #OFFLINE} only ever comes from having no live login;
 * {@link #ON_THE_PHONE} comes from call management (her phone is in a call) or from a login that says so.
 */
public enum PresenceStatus {
    AVAILABLE, AWAY, BUSY, DO_NOT_DISTURB, ON_THE_PHONE, OFFLINE
}
