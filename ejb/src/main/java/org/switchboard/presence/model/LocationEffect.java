package org.switchboard.presence.model;

import org.switchboard.shared.model.Effect;

/** What a move of the location machine asks the subscription manager to do, as data. */
public enum LocationEffect implements Effect {
    /** Tell her watchers her newest presence (each only if newer than the last it got). */
    NOTIFY,
    /** Ask the directory to be alerted of her next login. */
    REQUEST_ALERT,
    /** Read her current presence from the status provider (re-subscribe) and tell her watchers. */
    FETCH
}
