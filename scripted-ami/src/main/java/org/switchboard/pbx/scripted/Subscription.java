package org.switchboard.pbx.scripted;

/** Which events one logged-in client gets: none when it said {@code Events: off}, else those its filters pass. */
final class Subscription {

    private final EventFilter filter = new EventFilter();
    private volatile boolean on;

    void events(boolean on) {
        this.on = on;
    }

    boolean eventsOn() {
        return on;
    }

    EventFilter filter() {
        return filter;
    }

    boolean wants(AmiMessage event) {
        return on && filter.passes(event);
    }
}
