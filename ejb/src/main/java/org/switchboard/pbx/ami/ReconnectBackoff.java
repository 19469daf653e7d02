package org.switchboard.pbx.ami;

import java.time.Duration;

/** The wait before the next connect attempt: the minimum at first, doubled after each failure up to the maximum. */
final class ReconnectBackoff {

    private final Duration min;
    private final Duration max;
    private Duration next;

    ReconnectBackoff(Duration min, Duration max) {
        this.min = min;
        this.max = max;
        this.next = min;
    }

    /** The wait to use now; the one after it is twice as long, up to the maximum. */
    synchronized Duration next() {
        Duration now = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return now;
    }

    /** Back to the minimum, after a link that synchronised. */
    synchronized void reset() {
        next = min;
    }
}
