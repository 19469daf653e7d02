package org.switchboard.sip.digest;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slows down guessing: {@link #FAILURES} failed log ins from one source address within {@link #WINDOW} block
 * that source for a while, during which its log ins are refused without checking. The block grows with each
 * block in a row ({@link #FIRST_BLOCK}, doubled each time, at most {@link #LONGEST_BLOCK}); a successful log
 * in from the source forgets its record. Sources are kept while they matter (a recent failure or a block, and
 * for a day after a block so that the next one is longer); at most {@link #MAX_SOURCES} are kept, beyond which
 * the quietest are forgotten first.
 */
public final class LogInThrottle {

    public static final int FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(1);
    public static final Duration FIRST_BLOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_BLOCK = Duration.ofMinutes(15);
    static final int MAX_SOURCES = 10_000;
    private static final Duration REMEMBER_BLOCKS = Duration.ofDays(1);

    private static final class Source {
        final ArrayDeque<Long> failures = new ArrayDeque<>();
        long blockedUntil;
        int blocks;
        long lastSeen;
    }

    private final Map<String, Source> sources = new HashMap<>();
    private final Clock clock;
    private final AtomicLong failed = new AtomicLong();

    LogInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this source is still blocked; empty when it may try. */
    synchronized Optional<Duration> blocked(String source) {
        Source known = sources.get(source);
        long now = clock.millis();
        if (known == null || known.blockedUntil <= now) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(known.blockedUntil - now));
    }

    /** Counts a failed log in from this source; blocks it when that makes {@link #FAILURES} within the window. */
    synchronized void failed(String source) {
        failed.incrementAndGet();
        long now = clock.millis();
        Source known = sources.computeIfAbsent(source, s -> new Source());
        known.lastSeen = now;
        known.failures.addLast(now);
        while (!known.failures.isEmpty() && now - known.failures.peekFirst() > WINDOW.toMillis()) {
            known.failures.removeFirst();
        }
        if (known.failures.size() >= FAILURES) {
            known.failures.clear();
            long block = Math.min(FIRST_BLOCK.toMillis() << Math.min(known.blocks, 20), LONGEST_BLOCK.toMillis());
            known.blockedUntil = now + block;
            known.blocks++;
        }
        if (sources.size() > MAX_SOURCES) {
            forgetQuiet(now);
        }
    }

    /** A successful log in: the source starts afresh. */
    synchronized void succeeded(String source) {
        sources.remove(source);
    }

    /** Failed log ins counted since the server started, over every source. */
    long failures() {
        return failed.get();
    }

    private void forgetQuiet(long now) {
        for (Iterator<Source> it = sources.values().iterator(); it.hasNext();) {
            Source source = it.next();
            boolean blockRemembered = source.blocks > 0 && now - source.lastSeen < REMEMBER_BLOCKS.toMillis();
            if (source.blockedUntil <= now && !blockRemembered && now - source.lastSeen > WINDOW.toMillis()) {
                it.remove();
            }
        }
        if (sources.size() > MAX_SOURCES) {
            sources.values().stream().filter(s -> s.blockedUntil <= now).min((a, b) -> Long.compare(a.lastSeen, b.lastSeen))
                    .ifPresent(quietest -> sources.values().remove(quietest));
        }
    }
}
