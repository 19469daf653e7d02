package org.switchboard.console.ops;

/**
 * The console sessions ({@code org.switchboard:type=Consoles}): the list to compare between sites and with
 * Asterisk's queues, and an operator's log out. Listings start with a header line.
 */
public interface ConsolesMXBean {

    /**
     * One line per session, as the seed's {@code ncctl.list}: receptionist, session id, state (PASSIVE where the
     * receptionists work on the other site of the pair), paused, line 1, line 2, supervised calls, client. The
     * recovery runbook compares the two sites' lists: the same receptionists on both, PASSIVE on exactly one.
     */
    String[] getSessions();

    /** How many sessions have a client logged in. */
    int getLoggedInCount();

    /**
     * Where the sessions and Asterisk's queues disagree: a logged-in receptionist's phone must be a member of each
     * of her queues, paused exactly when the session is; a logged-out or PASSIVE one's phone must be absent or paused. One
     * line per difference, or a single line saying they agree.
     */
    String[] checkQueues();

    /** Logs the receptionist out (her phone leaves her queues); false when she is not logged in. */
    boolean forceLogOut(String login);

    /** The latest bug reports, newest first, each as its time, receptionist, note and the snapshot of her lines. */
    String[] getBugReports();
}
