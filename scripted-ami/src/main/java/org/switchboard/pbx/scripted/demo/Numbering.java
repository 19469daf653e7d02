package org.switchboard.pbx.scripted.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * How the demo PBX names things, the way Asterisk does: unique ids {@code <epoch-seconds>.<sequence>} with one
 * sequence for the whole PBX, PJSIP channel names {@code PJSIP/<endpoint>-<8 hex digits>} with one counter for all
 * endpoints, random (version 4) bridge ids, and event timestamps that never go backwards, even when the clock
 * does not move between two events.
 */
final class Numbering {

    private final Clock clock;
    private final Random random;
    private long sequence;
    private long channels;
    private Instant lastStamp = Instant.EPOCH;

    Numbering(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    synchronized String uniqueId() {
        sequence++;
        return clock.instant().getEpochSecond() + "." + sequence;
    }

    synchronized String channelName(String endpoint) {
        return String.format("PJSIP/%s-%08x", endpoint, channels++);
    }

    synchronized String bridgeId() {
        long high = random.nextLong() & 0xffffffffffff0fffL | 0x0000000000004000L;
        long low = random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** The instant of the next event: the clock's, or one microsecond after the previous event's when that is later. */
    synchronized Instant stamp() {
        Instant now = clock.instant();
        lastStamp = now.isAfter(lastStamp) ? now : lastStamp.plusNanos(1_000);
        return lastStamp;
    }

    /** The clock's present, for hold and talk times. */
    Instant now() {
        return clock.instant();
    }

    /** An instant as the Timestamp header writes it: seconds, a dot and six digits of microseconds. */
    static String timestamp(Instant instant) {
        return instant.getEpochSecond() + "." + String.format("%06d", instant.getNano() / 1_000);
    }
}
