package org.switchboard.console.model;

/**
 * Where a call the receptionist follows stands, as the line machine sees it. The state also tells where the
 * entry is shown: {@link #QUEUED} in the waiting list, the line states on a line, the supervised ones under
 * supervision; {@link #GONE} entries leave the session. {@link #NEW} is where an entry starts, before its first step.
 */
public enum LineState {
    /** Not followed yet: where every entry starts. */
    NEW(Place.NOWHERE),
    QUEUED(Place.WAITING),
    IN_RING(Place.LINE),
    OUT_RING(Place.LINE),
    CONVERSATION(Place.LINE),
    ON_HOLD(Place.LINE),
    PARKED(Place.SUPERVISED),
    DIR_PARKED(Place.SUPERVISED),
    CAMPING(Place.SUPERVISED),
    GONE(Place.NOWHERE);

    /** Where an entry in a state is shown. */
    public enum Place { WAITING, LINE, SUPERVISED, NOWHERE }

    private final Place place;

    LineState(Place place) {
        this.place = place;
    }

    public Place place() {
        return place;
    }
}
