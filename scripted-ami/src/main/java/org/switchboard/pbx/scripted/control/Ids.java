package org.switchboard.pbx.scripted.control;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** New channel names, unique ids and bridge ids, in Asterisk's forms and clear of the recorded ones. */
final class Ids {

    private static final long FIRST = 0x5000;

    private final Clock clock;
    private final AtomicLong next = new AtomicLong(FIRST);

    Ids(Clock clock) {
        this.clock = clock;
    }

    /** {@code PJSIP/202-00005001} for device {@code PJSIP/202}, with its unique id. */
    String[] channel(String device) {
        long n = next.incrementAndGet();
        return new String[] {String.format("%s-%08x", device, n), clock.instant().getEpochSecond() + "." + n};
    }

    String bridge() {
        return UUID.randomUUID().toString();
    }
}
