package org.switchboard.presence.ops;

/**
 * The presence service ({@code org.switchboard:type=Presence}). Listings start with a header line; a user is her
 * extension ({@code 201}). A user id that is not one gets a single line saying so.
 */
public interface PresenceMXBean {

    /** One line per live login of the user: login id, kind, origin, status stated, since, lease ends. */
    String[] logins(String user);

    /** The user's presence now: status, on the phone, note, attributes, version, changed at. */
    String[] presence(String user);

    /** One line per watcher of the user on this node, with the location state this node keeps for her. */
    String[] watchers(String user);

    /** How many users have at least one live login. */
    int getOnlineUserCount();

    /** How many live logins there are, of every kind. */
    int getLoginCount();

    /** How many watchers watch at least one user on this node. */
    int getWatcherCount();

    /** How many (watcher, user) watches there are on this node. */
    int getWatchCount();

    /**
     * Opens a passive login for {@code user}, as an integration would (for operators setting one up, and tests):
     * the login id, or the reason it was refused.
     */
    String logInPassive(String user, String origin, long leaseSeconds);

    /** Ends a login by its id; false when it had ended already. */
    boolean logOut(String login);

    /** Ends every login of an origin (an integration that restarts); how many ended. */
    int logOutAll(String origin);

    /**
     * Drops the service's memory (logins, presence, watches), reloads notes, attributes and versions from the
     * database and tells every source and watcher side to announce itself again.
     */
    void restart();
}
