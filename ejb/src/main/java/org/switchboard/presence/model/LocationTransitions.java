package org.switchboard.presence.model;

import static org.switchboard.presence.model.LocationEffect.FETCH;
import static org.switchboard.presence.model.LocationEffect.NOTIFY;
import static org.switchboard.presence.model.LocationEffect.REQUEST_ALERT;
import static org.switchboard.presence.model.LocationState.FOUND;
import static org.switchboard.presence.model.LocationState.OFFLINE;
import static org.switchboard.presence.model.LocationTrigger.LOGIN_ALERTED;
import static org.switchboard.presence.model.LocationTrigger.PRESENCE_CHANGED;
import static org.switchboard.presence.model.LocationTrigger.RESTARTED;
import static org.switchboard.presence.model.LocationTrigger.USER_OFFLINE;
import static org.switchboard.presence.model.LocationTrigger.WATCH;

import org.switchboard.shared.model.Guard;
import org.switchboard.shared.model.Outcome;
import org.switchboard.shared.model.TransitionTable;

/**
 * The location machine of one watched user in the subscription manager. Its context is her newest known presence
 * (the event's, or the one fetched for the trigger, whichever is newer). Every trigger is accepted in every state:
 * nothing depends on one message arriving, so a UserOffline that was missed is made good by the offline
 * PresenceChanged that follows it, and an alert that was lost by the next PresenceChanged that shows her online.
 */
public final class LocationTransitions {

    /** She has a live login: her newest presence is not offline. */
    static final Guard<Presence> ONLINE = Guard.of("she is online", p -> p.status() != PresenceStatus.OFFLINE);
    /** Her newest presence is offline. */
    static final Guard<Presence> GONE = Guard.of("she is offline", p -> p.status() == PresenceStatus.OFFLINE);

    public static final TransitionTable<LocationState, LocationTrigger> TABLE =
            TransitionTable.of(LocationState.class, LocationTrigger.class)
        .allow(FOUND,   USER_OFFLINE,     OFFLINE, NOTIFY, REQUEST_ALERT)
        .allow(OFFLINE, USER_OFFLINE,     OFFLINE, NOTIFY, REQUEST_ALERT)  // asked again: nothing hangs on one alert
        .allow(FOUND,   LOGIN_ALERTED,    ONLINE, FOUND,   FETCH)
        .allow(FOUND,   LOGIN_ALERTED,    OFFLINE, FETCH, REQUEST_ALERT)   // gone again before the fetch
        .allow(OFFLINE, LOGIN_ALERTED,    ONLINE, FOUND,   FETCH)
        .allow(OFFLINE, LOGIN_ALERTED,    OFFLINE, FETCH, REQUEST_ALERT)
        .allow(FOUND,   PRESENCE_CHANGED, GONE, OFFLINE,   NOTIFY, REQUEST_ALERT) // its UserOffline missed
        .allow(FOUND,   PRESENCE_CHANGED, FOUND,           NOTIFY)
        .allow(OFFLINE, PRESENCE_CHANGED, ONLINE, FOUND,   NOTIFY)          // its alert missed
        .allow(OFFLINE, PRESENCE_CHANGED, OFFLINE,         NOTIFY)
        .allow(FOUND,   WATCH,            ONLINE, FOUND,   FETCH)
        .allow(FOUND,   WATCH,            OFFLINE, FETCH, REQUEST_ALERT)
        .allow(OFFLINE, WATCH,            ONLINE, FOUND,   FETCH)
        .allow(OFFLINE, WATCH,            OFFLINE, FETCH, REQUEST_ALERT)
        .allow(FOUND,   RESTARTED,        ONLINE, FOUND,   FETCH)
        .allow(FOUND,   RESTARTED,        OFFLINE, FETCH, REQUEST_ALERT)
        .allow(OFFLINE, RESTARTED,        ONLINE, FOUND,   FETCH)
        .allow(OFFLINE, RESTARTED,        OFFLINE, FETCH, REQUEST_ALERT)
        .build();

    private LocationTransitions() {
    }

    /** Where {@code trigger} leads from {@code state} when her newest presence is {@code newest}. */
    public static Outcome<LocationState, LocationTrigger> fire(LocationState state, LocationTrigger trigger,
            Presence newest) {
        return TABLE.fire(state, trigger, newest);
    }
}
