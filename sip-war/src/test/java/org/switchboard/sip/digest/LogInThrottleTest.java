package org.switchboard.sip.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.scripted.SettableClock;

class LogInThrottleTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-26T09:00:00Z"));
    private final LogInThrottle throttle = new LogInThrottle(clock);

    private void fail(String source, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(source);
        }
    }

    @Test
    void givenFewerFailuresThanTheLimit_thenTheSourceMayTry() {
        fail("10.0.0.7", LogInThrottle.FAILURES - 1);

        assertThat(throttle.blocked("10.0.0.7")).isEmpty();
    }

    @Test
    void givenTheLimitWithinTheWindow_thenTheSourceIsBlockedForTheFirstBlock_andOtherSourcesAreNot() {
        fail("10.0.0.7", LogInThrottle.FAILURES);

        assertThat(throttle.blocked("10.0.0.7")).hasValue(LogInThrottle.FIRST_BLOCK);
        assertThat(throttle.blocked("10.0.0.8")).isEmpty();
    }

    @Test
    void givenFailuresSpreadWiderThanTheWindow_thenNoBlock() {
        for (int i = 0; i < LogInThrottle.FAILURES; i++) {
            throttle.failed("10.0.0.7");
            clock.advance(LogInThrottle.WINDOW.dividedBy(LogInThrottle.FAILURES - 1).plusSeconds(1));
        }

        assertThat(throttle.blocked("10.0.0.7")).isEmpty();
    }

    @Test
    void givenBlockAfterBlock_thenEachIsTwiceAsLongUpToTheLongest() {
        Duration expected = LogInThrottle.FIRST_BLOCK;
        for (int round = 0; round < 8; round++) {
            fail("10.0.0.7", LogInThrottle.FAILURES);
            assertThat(throttle.blocked("10.0.0.7")).hasValue(expected);
            clock.advance(expected);
            expected = expected.multipliedBy(2).compareTo(LogInThrottle.LONGEST_BLOCK) > 0
                    ? LogInThrottle.LONGEST_BLOCK : expected.multipliedBy(2);
        }
        assertThat(expected).isEqualTo(LogInThrottle.LONGEST_BLOCK);
        assertThat(throttle.failures()).isEqualTo(8L * LogInThrottle.FAILURES);
    }

    @Test
    void givenASuccess_thenTheSourceStartsAfresh() {
        fail("10.0.0.7", LogInThrottle.FAILURES);
        clock.advance(LogInThrottle.FIRST_BLOCK);
        throttle.succeeded("10.0.0.7");

        fail("10.0.0.7", LogInThrottle.FAILURES);

        assertThat(throttle.blocked("10.0.0.7")).hasValue(LogInThrottle.FIRST_BLOCK);
    }
}
