package org.switchboard.protocol;

/**
 * What the server pushes to a console client: the whole console state ({@link StateUpdate}) after every
 * change, the colleagues' phones ({@link PhonesUpdate}) as batches of changes, and, to a client that asked for it
 * at log in, the colleagues' presence ({@link PresenceUpdate}) as batches of changes, and to a client that keeps a
 * link to both sites of a pair ({@code "failover":true} at log in) whether the receptionists work on this site
 * ({@link SiteUpdate}). Every update carries the
 * session id and {@code seq}: 1 for a session's first update, one more for each update of any kind after
 * it, given as the server sends it (merging updates that wait for a slow client leaves no gap). A client that sees
 * a gap missed an update and sends {@code RESYNC}.
 */
public sealed interface ConsoleUpdate permits StateUpdate, PhonesUpdate, PresenceUpdate, SiteUpdate {

    /** The session the update belongs to. */
    String session();

    /** The update's number within its session: 1, 2, 3, … without gaps. */
    long seq();

    /**
     * The same update under another number. The server's link to a client numbers the updates as it sends them
     * (it may merge waiting updates into fewer ones), so the client sees numbers without gaps.
     */
    ConsoleUpdate numbered(long newSeq);

    /** Which update this is, for exhaustive switches. */
    Kind kind();

    /** The kinds of update, by their wire name (the {@code "update"} field). */
    enum Kind {
        STATE,
        PHONES,
        PRESENCE,
        SITE
    }
}
