package org.switchboard.presence.model;

/**
 * What the online directory did, as data: the service hands each change to the {@link StatusProvider} on the
 * user's lane, which turns it into the events to store and publish.
 */
public sealed interface DirectoryChange permits LoggedIn, StatusStated, LeaseRenewed, LoggedOut {

    PresenceLogin login();

    /** Which change this is, for an exhaustive switch (a new kind of change is a compile error where it matters). */
    Kind kind();

    default UserId user() {
        return login().user();
    }

    /** The kinds of change, one per record. */
    enum Kind {
        LOGGED_IN, STATUS_STATED, LEASE_RENEWED, LOGGED_OUT
    }
}
