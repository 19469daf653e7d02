package org.switchboard.presence;

import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.WatcherId;

/**
 * Someone who watches users' presence on this node: a console session, a SIP subscription. The presence service
 * calls {@link #presenceChanged} one at a time per watcher, on the watcher's own serial lane (never on the caller's
 * thread), with the newest presence of a user: under a burst, changes of one user are coalesced, but the last one
 * always arrives. A watcher's method returns quickly; it may throw, which is logged and does not stop later calls.
 */
public interface Watcher {

    WatcherId id();

    void presenceChanged(Presence presence);
}
