package org.switchboard.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.console.model.Attempt;
import org.switchboard.console.model.CallFacts;
import org.switchboard.console.model.ConsoleSession;
import org.switchboard.console.model.ConsoleTrigger;
import org.switchboard.console.model.SessionId;
import org.switchboard.console.model.SupervisionTimes;
import org.switchboard.protocol.CommandName;
import org.switchboard.protocol.LineNo;
import org.switchboard.protocol.StateUpdate;
import org.switchboard.shared.model.CallId;

class StateUpdatesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);
    private static final CallId CALL = new CallId("1764150000.7");

    @Test
    void aLongHistory_sendsItsNewestStepsNewestFirst_andCountsEveryOtherOne() {
        ConsoleSession desk = new ConsoleSession(new SessionId("s-9"), "desk1", "Desk One",
                new SupervisionTimes(Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofSeconds(120)), CLOCK);
        desk.fire(Attempt.logIn(1, false));
        desk.fire(Attempt.of(ConsoleTrigger.RINGING).withFacts(new CallFacts(CALL, "+3225550101", "Caller", "9000",
                Optional.empty())));
        desk.fire(Attempt.about(ConsoleTrigger.ANSWERED, CALL));
        for (int i = 0; i < 150; i++) {
            desk.fire(Attempt.command(ConsoleTrigger.NOTE, 10 + i).onCall(CALL).withNote("note " + i));
        }

        StateUpdate update = StateUpdates.of(desk, 7, CLOCK.instant(), "site-b", Optional.empty(), Optional.empty());

        StateUpdate.CallEntry entry = update.line(LineNo.ONE).call().orElseThrow();
        assertThat(entry.history()).hasSize(20);
        assertThat(entry.historyOmitted()).isEqualTo(152 - 20);
        assertThat(entry.history().get(0).trigger()).isEqualTo("NOTE");
        assertThat(entry.note()).contains("note 149");
        assertThat(update.state()).isEqualTo("CONVERSATION");
        assertThat(update.allowed()).contains(CommandName.HOLD, CommandName.PARK).doesNotContain(CommandName.LOG_IN);
        assertThat(update.receptionist().login()).isEqualTo("desk1");
        assertThat(update.site()).contains("site-b");
    }
}
