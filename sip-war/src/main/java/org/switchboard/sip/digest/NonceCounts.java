package org.switchboard.sip.digest;

import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The highest nonce count seen per nonce, so that a digest response is never accepted twice (RFC 7616
 * section 3.3: a replayed request repeats its nc). Only nonces of verified responses are recorded, and each
 * is forgotten once it can no longer be fresh. At most {@link #MAX_NONCES} are kept (a few megabytes): when that
 * many verified requests came within a nonce's lifetime (SIP presence: a phone answers a new challenge for each
 * SUBSCRIBE, so a whole office subscribing at once needs many), a new nonce is refused until the oldest expire,
 * rather than forgetting one that could then be replayed.
 */
final class NonceCounts {

    static final int MAX_NONCES = 100_000;

    private record Seen(long count, long firstSeenMillis) {
    }

    private final Map<String, Seen> seen = new LinkedHashMap<>();
    private final Clock clock;

    NonceCounts(Clock clock) {
        this.clock = clock;
    }

    /** True, and remembered, when {@code count} is higher than any count seen with this nonce. */
    synchronized boolean accept(String nonce, long count) {
        long now = clock.millis();
        forgetExpired(now);
        Seen last = seen.get(nonce);
        if (last != null && count <= last.count()) {
            return false;
        }
        if (last == null && seen.size() >= MAX_NONCES) {
            return false;
        }
        seen.put(nonce, new Seen(count, last == null ? now : last.firstSeenMillis()));
        return true;
    }

    private void forgetExpired(long now) {
        Iterator<Seen> it = seen.values().iterator();
        while (it.hasNext() && now - it.next().firstSeenMillis() > Nonces.LIFETIME.toMillis()) {
            it.remove();
        }
    }
}
