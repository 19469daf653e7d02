package org.switchboard.queue.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.call.model.Direction;
import org.switchboard.pbx.model.CallerId;
import org.switchboard.phone.model.ContactAddress;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;

/** The few renderings the JMX tables and the admin page share, each written once on its value. */
class OperatorViewsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void aQueuesLongestWaitIsItsOldestCallersWait_andZeroWhenNobodyWaits() {
        WaitingCaller early = new WaitingCaller(new CallId("1.1"), new ChannelId("1.1"), CallerId.UNKNOWN, 1,
                NOW.minusSeconds(95));
        WaitingCaller late = new WaitingCaller(new CallId("1.2"), new ChannelId("1.2"), CallerId.UNKNOWN, 2,
                NOW.minusSeconds(12));

        assertThat(new Queue("GeneralQueue", "ringall", List.of(late, early), List.of()).longestWait(clock))
                .isEqualTo(Duration.ofSeconds(95));
        assertThat(new Queue("GeneralQueue", "ringall", List.of(), List.of()).longestWait(clock)).isZero();
    }

    @Test
    void aCallerShowsNameAndNumber_orTheNumberAlone() {
        assertThat(new CallerId("+3225550101", "External Caller").display()).isEqualTo("External Caller <+3225550101>");
        assertThat(new CallerId("203", "").display()).isEqualTo("203");
    }

    @Test
    void aDirectionIsExternalThroughATrunk_andAContactIsShownAsHostAndPort() {
        assertThat(Direction.INBOUND.scope()).isEqualTo("external");
        assertThat(Direction.OUTBOUND.scope()).isEqualTo("external");
        assertThat(Direction.INTERNAL.scope()).isEqualTo("internal");
        assertThat(ContactAddress.parse("sip:204@127.0.0.1:5063;ob").hostAndPort()).isEqualTo("127.0.0.1:5063");
    }
}
