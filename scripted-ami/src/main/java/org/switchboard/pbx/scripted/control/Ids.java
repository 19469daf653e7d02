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

    /** The two halves of a Local channel to {@code exten@context}, each with its unique id: {;1, id, ;2, id}. */
    String[] local(String exten, String context) {
        long n = next.incrementAndGet();
        String name = String.format("Local/%s@%s-%08x", exten, context, n);
        String base = Long.toString(clock.instant().getEpochSecond());
        return new String[] {name + ";1", base + "." + n, name + ";2", base + "." + next.incrementAndGet()};
    }

    String bridge() {
        return UUID.randomUUID().toString();
    }
}
