package org.switchboard.bench;

/**
 * One way a benchmark changes a colleague's logins: each call logs her in (a passive login) when this driver has no
 * login of hers open, else logs that login out. Called from many threads, never twice at once for one user.
 */
interface LoginChanges extends AutoCloseable {

    /** Logs the user in or out; throws when the server refused or did not answer. */
    void change(int index, String user) throws Exception;

    /** What a change is, for the printed figures. */
    String describe();

    @Override
    void close();
}
