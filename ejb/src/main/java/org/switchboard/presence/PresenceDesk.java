package org.switchboard.presence;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.switchboard.presence.model.LoginId;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceLogin;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.model.WatcherId;

/**
 * Where the SIP side, the REST API and the console sessions reach the presence service. Implemented by
 * {@code PresenceService}; every method returns quickly, never throws for a caller's mistake (an unknown login is
 * an empty answer), and has stored a change before it returns (so a change is stored before it is broadcast).
 *
 * <p>What a caller gets wrong is logged (SWB3012) and the call goes on with what it can use: a lease that is not
 * positive takes the kind's default ({@code PresenceSettings}), a login stating offline states no status, a note or
 * attributes out of bounds leave the user's as they were. Under overload (a user's lane full, or a change not done
 * within 10 s) a call throws {@link PresenceBusy}, which is not the caller's mistake: try again. A key that cannot
 * make a {@code LoginId} (blank, or over 160 characters with its kind's prefix) is a programming error
 * ({@code IllegalArgumentException}): keys are made by the sources, never typed by a user.
 */
public interface PresenceDesk {

    /**
     * Opens a login for {@code user}, or replaces the login with the same id (same kind and key): the user is
     * online from now until the login ends or its lease runs out.
     *
     * @param key unique within the kind: the console session id, the phone's device, a fresh id for a passive
     *            login, the SIP entity tag of a publication
     * @param origin who made it: a console session, a device, an integration's name, a SIP publisher
     * @param status the status the login states, or empty (a passive login, a phone registration)
     * @param lease how long it lives unless renewed
     */
    PresenceLogin logIn(UserId user, LoginKind kind, String key, String origin, Optional<PresenceStatus> status,
            Duration lease);

    /** Renews a login's lease by its lease duration; empty when it has ended already. */
    Optional<PresenceLogin> keepAlive(LoginId login);

    /** Changes the status a login states (or clears it); empty when it has ended already. */
    Optional<PresenceLogin> changeStatus(LoginId login, Optional<PresenceStatus> status);

    /** Ends a login; false when it had ended already. */
    boolean logOut(LoginId login, String reason);

    /** Ends every login of {@code origin} (an integration that restarts); how many ended. */
    int logOutAll(String origin, String reason);

    List<PresenceLogin> logins(UserId user);

    List<PresenceLogin> loginsFrom(String origin);

    /** The user's presence now, at once (offline with version 0 for a user never seen). */
    Presence fetch(UserId user);

    /** Sets the user's free-text note (empty clears it); stored, then broadcast. */
    Presence setNote(UserId user, String note);

    /** Replaces the user's attributes; stored, then broadcast. */
    Presence setAttributes(UserId user, Map<String, String> attributes);

    /**
     * Starts or widens a watch: the watcher is told each user's current presence at once (on its lane), then every
     * change, until it unwatches. Watching a user twice is one watch.
     */
    void watch(Watcher watcher, Collection<UserId> users);

    /** Stops watching some users. */
    void unwatch(WatcherId watcher, Collection<UserId> users);

    /** Stops every watch of the watcher (a console session ended, a SIP subscription terminated). */
    void unwatchAll(WatcherId watcher);

    /** The watchers of a user on this node, for operations. */
    List<WatcherId> watchersOf(UserId user);
}
