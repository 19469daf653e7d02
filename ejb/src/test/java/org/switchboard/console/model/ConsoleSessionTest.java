package org.switchboard.console.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.switchboard.console.model.ConsoleTrigger.ANSWERED;
import static org.switchboard.console.model.ConsoleTrigger.CALL_ENDED;
import static org.switchboard.console.model.ConsoleTrigger.CAMP_ON;
import static org.switchboard.console.model.ConsoleTrigger.COMMAND_FAILED;
import static org.switchboard.console.model.ConsoleTrigger.COUPLE;
import static org.switchboard.console.model.ConsoleTrigger.COUPLED;
import static org.switchboard.console.model.ConsoleTrigger.DIRECTED_PARK;
import static org.switchboard.console.model.ConsoleTrigger.DIR_PARKED;
import static org.switchboard.console.model.ConsoleTrigger.HELD;
import static org.switchboard.console.model.ConsoleTrigger.HOLD;
import static org.switchboard.console.model.ConsoleTrigger.PARK;
import static org.switchboard.console.model.ConsoleTrigger.PARKED;
import static org.switchboard.console.model.ConsoleTrigger.QUEUED;
import static org.switchboard.console.model.ConsoleTrigger.RINGING;
import static org.switchboard.console.model.ConsoleTrigger.SUPERVISION_TIMED_OUT;
import static org.switchboard.console.model.ConsoleTrigger.TAKE_BACK;
import static org.switchboard.console.model.Desks.FIRST;
import static org.switchboard.console.model.Desks.SECOND;
import static org.switchboard.console.model.Desks.ok;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.shared.model.CallId;

class ConsoleSessionTest {

    private final ConsoleSession desk = Desks.loggedOut();

    @Test
    void aQueuedCall_isOfferedRingsAndIsAnswered_withItsHistory() {
        ok(desk, Attempt.logIn(1, false));

        ok(desk, Attempt.of(QUEUED).withFacts(Desks.caller(FIRST)));
        assertThat(desk.entriesIn(LineState.Place.WAITING)).extracting(CallEntry::call).containsExactly(FIRST);
        ok(desk, Attempt.about(RINGING, FIRST));
        assertThat(desk.state()).isEqualTo(ConsoleState.NEW_INCOMING);
        ok(desk, Attempt.about(ANSWERED, FIRST));

        assertThat(desk.state()).isEqualTo(ConsoleState.CONVERSATION);
        CallEntry entry = desk.onLine(LineNo.L1).orElseThrow();
        assertThat(entry.facts().number()).isEqualTo("+3225550101");
        assertThat(entry.history()).extracting(HistoryEntry::trigger, HistoryEntry::state, HistoryEntry::place)
                .containsExactly(
                        tuple(QUEUED, LineState.QUEUED, LineState.Place.WAITING),
                        tuple(RINGING, LineState.IN_RING, LineState.Place.LINE),
                        tuple(ANSWERED, LineState.CONVERSATION, LineState.Place.LINE));
        assertThat(entry.history().get(0).detail()).isEqualTo("GeneralQueue");
        assertThat(desk.entriesIn(LineState.Place.WAITING)).isEmpty();
    }

    @Test
    void hold_waitsForThePbx_andNoOtherCommandMayBeGivenMeanwhile() {
        ok(desk, Attempt.logIn(1, false));
        Desks.talk(desk, FIRST);

        Step hold = ok(desk, Attempt.command(HOLD, 2).onLine(LineNo.L1));

        assertThat(hold.effects()).containsExactly(ConsoleEffect.MUSIC_ON_HOLD);
        assertThat(desk.state()).isEqualTo(ConsoleState.CONVERSATION);
        assertThat(desk.pending()).hasValueSatisfying(p -> assertThat(p.command()).isEqualTo(HOLD));
        assertThat(desk.allowedCommands()).doesNotContain(HOLD, PARK, ConsoleTrigger.HANG_UP, ConsoleTrigger.PAUSE)
                .contains(ConsoleTrigger.LOG_OUT, ConsoleTrigger.RESET, ConsoleTrigger.NOTE);
        assertThat(desk.fire(Attempt.command(PARK, 3).onLine(LineNo.L1)).rejection())
                .contains("PARK is not allowed in CONVERSATION unless no command is waiting for the PBX");

        ok(desk, Attempt.about(HELD, FIRST));
        assertThat(desk.state()).isEqualTo(ConsoleState.ON_HOLD);
        assertThat(desk.pending()).isEmpty();
        assertThat(desk.allowedCommands()).contains(ConsoleTrigger.RETRIEVE, ConsoleTrigger.DIAL, PARK, CAMP_ON);
    }

    @Test
    void aRefusedHold_leavesTheConversationAsItWas() {
        ok(desk, Attempt.logIn(1, false));
        Desks.talk(desk, FIRST);
        ok(desk, Attempt.command(HOLD, 2).onLine(LineNo.L1));

        ok(desk, Attempt.of(COMMAND_FAILED).withArgument("Channel does not exist"));

        assertThat(desk.state()).isEqualTo(ConsoleState.CONVERSATION);
        assertThat(desk.pending()).isEmpty();
        assertThat(desk.onLine(LineNo.L1).orElseThrow().state()).isEqualTo(LineState.CONVERSATION);
    }

    @Test
    void dialOnLineTwo_thenCouple_joinsTheHeldCallerWithTheColleague() {
        ok(desk, Attempt.logIn(1, false));
        Desks.hold(desk, FIRST);
        Desks.dial(desk, LineNo.L2, SECOND);
        assertThat(desk.state()).isEqualTo(ConsoleState.OUTGOING);
        assertThat(desk.onLine(LineNo.L2).orElseThrow().state()).isEqualTo(LineState.OUT_RING);
        ok(desk, Attempt.about(ANSWERED, SECOND));
        assertThat(desk.state()).isEqualTo(ConsoleState.CONSULTATION);

        Step couple = ok(desk, Attempt.command(COUPLE, 6));
        assertThat(couple.effects()).containsExactly(ConsoleEffect.BRIDGE_LINES);
        assertThat(couple.attempt().call()).contains(FIRST);
        ok(desk, Attempt.about(COUPLED, FIRST));
        ok(desk, Attempt.about(CALL_ENDED, SECOND));

        assertThat(desk.state()).isEqualTo(ConsoleState.IDLE);
        assertThat(desk.entriesIn(LineState.Place.LINE)).isEmpty();
        assertThat(desk.pending()).isEmpty();
    }

    @Test
    void aDialThatFails_freesItsLineAndReturnsToTheHeldCall() {
        ok(desk, Attempt.logIn(1, false));
        Desks.hold(desk, FIRST);
        Desks.dial(desk, LineNo.L2, SECOND);

        ok(desk, Attempt.of(COMMAND_FAILED).withArgument("busy"));

        assertThat(desk.state()).isEqualTo(ConsoleState.ON_HOLD);
        assertThat(desk.onLine(LineNo.L2)).isEmpty();
        assertThat(desk.entry(SECOND)).isEmpty();
    }

    @Test
    void parkWithANote_putsTheCallUnderSupervisionUntilItsDeadline() {
        ok(desk, Attempt.logIn(1, false));
        Desks.talk(desk, FIRST);

        ok(desk, Attempt.command(PARK, 2).onLine(LineNo.L1).withNote("for Mr Smith"));
        Step parked = ok(desk, Attempt.about(PARKED, FIRST).withArgument("701"));

        assertThat(parked.effects()).containsExactly(ConsoleEffect.START_SUPERVISION);
        assertThat(desk.state()).isEqualTo(ConsoleState.IDLE);
        CallEntry entry = desk.entry(FIRST).orElseThrow();
        assertThat(entry.state()).isEqualTo(LineState.PARKED);
        assertThat(entry.note()).isEqualTo("for Mr Smith");
        assertThat(entry.supervision()).hasValue(new Supervision("701", Instant.parse("2026-11-26T09:01:00Z")));
        assertThat(desk.allowedFor(FIRST)).containsExactlyInAnyOrder(TAKE_BACK, ConsoleTrigger.NOTE);
    }

    @Test
    void aDirectedPark_waitsInDirParkInit_andGoesBackWhenThePbxRefuses() {
        ok(desk, Attempt.logIn(1, false));
        Desks.talk(desk, FIRST);

        Step step = ok(desk, Attempt.command(DIRECTED_PARK, 2).onLine(LineNo.L1).withArgument("204"));
        assertThat(step.effects()).containsExactly(ConsoleEffect.RING_EXTENSION);
        assertThat(desk.state()).isEqualTo(ConsoleState.DIR_PARK_INIT);

        ok(desk, Attempt.of(COMMAND_FAILED).withArgument("Redirect failed"));
        assertThat(desk.state()).isEqualTo(ConsoleState.CONVERSATION);
    }

    @Test
    void aDirectedPark_isSupervisedForItsExtensionOnceItRings() {
        ok(desk, Attempt.logIn(1, false));
        Desks.talk(desk, FIRST);
        ok(desk, Attempt.command(DIRECTED_PARK, 2).onLine(LineNo.L1).withArgument("204").withNote("robot"));

        ok(desk, Attempt.about(DIR_PARKED, FIRST));

        CallEntry entry = desk.entry(FIRST).orElseThrow();
        assertThat(entry.state()).isEqualTo(LineState.DIR_PARKED);
        assertThat(entry.supervision()).hasValue(new Supervision("204", Instant.parse("2026-11-26T09:00:30Z")));
        assertThat(entry.note()).isEqualTo("robot");
        assertThat(desk.state()).isEqualTo(ConsoleState.IDLE);
    }

    @Test
    void campOnFromAConversation_putsTheCallerOnMusicThenCamps() {
        ok(desk, Attempt.logIn(1, false));
        Desks.talk(desk, FIRST);

        assertThat(ok(desk, Attempt.command(CAMP_ON, 2).onLine(LineNo.L1).withArgument("203")).effects())
                .containsExactly(ConsoleEffect.MUSIC_ON_HOLD);
        Step held = ok(desk, Attempt.about(HELD, FIRST));

        assertThat(held.effects()).containsExactly(ConsoleEffect.START_SUPERVISION);
        assertThat(desk.state()).isEqualTo(ConsoleState.IDLE);
        assertThat(desk.entry(FIRST).orElseThrow().state()).isEqualTo(LineState.CAMPING);
        assertThat(desk.entry(FIRST).orElseThrow().supervision().orElseThrow().target()).isEqualTo("203");
    }

    @Test
    void aSupervisedCallNotTakenInTime_ringsTheReceptionist_orGoesToTheGeneralQueueWhenSheIsGone() {
        ConsoleSession idle = Desks.in(ConsoleState.IDLE);
        assertThat(ok(idle, Attempt.about(SUPERVISION_TIMED_OUT, Desks.PARKED)).effects())
                .containsExactly(ConsoleEffect.RING_PHONE);
        assertThat(idle.entry(Desks.PARKED)).isPresent();

        ConsoleSession gone = Desks.in(ConsoleState.IDLE);
        ok(gone, Attempt.command(ConsoleTrigger.LOG_OUT, 9));
        assertThat(gone.entry(Desks.PARKED)).as("supervision outlives the log out").isPresent();
        assertThat(gone.entry(Desks.WAITING)).isEmpty();
        assertThat(ok(gone, Attempt.about(SUPERVISION_TIMED_OUT, Desks.PARKED)).effects())
                .containsExactly(ConsoleEffect.SEND_TO_GENERAL_QUEUE);
        assertThat(gone.entry(Desks.PARKED)).isEmpty();
    }

    @Test
    void anAbandonWhileRinging_returnsToIdle() {
        ok(desk, Attempt.logIn(1, false));
        Desks.ring(desk, FIRST);

        ok(desk, Attempt.about(CALL_ENDED, FIRST));

        assertThat(desk.state()).isEqualTo(ConsoleState.IDLE);
        assertThat(desk.entries()).isEmpty();
    }

    @Test
    void aLostLink_logsOutAndPausesThePhone() {
        ConsoleSession talking = Desks.in(ConsoleState.CONVERSATION);

        Step lost = ok(talking, Attempt.of(ConsoleTrigger.LINK_LOST));

        assertThat(lost.effects()).containsExactly(ConsoleEffect.PAUSE_IN_QUEUES, ConsoleEffect.RELEASE_CALLS);
        assertThat(talking.state()).isEqualTo(ConsoleState.LOGGED_OUT);
        assertThat(talking.entriesIn(LineState.Place.LINE)).isEmpty();
    }

    @Test
    void pausedFollowsThePbx_andLogInMayStartPaused() {
        ok(desk, Attempt.logIn(1, true));
        assertThat(desk.paused()).isTrue();
        assertThat(desk.allowedCommands()).contains(ConsoleTrigger.UNPAUSE).doesNotContain(ConsoleTrigger.PAUSE);

        ok(desk, Attempt.command(ConsoleTrigger.UNPAUSE, 2));
        assertThat(desk.paused()).as("until the PBX says so").isTrue();
        ok(desk, Attempt.of(ConsoleTrigger.UNPAUSED));
        assertThat(desk.paused()).isFalse();
        assertThat(desk.pending()).isEmpty();
    }

    @Test
    void aLongHistory_keepsTheNewestStepsAndCountsTheOthers() {
        ok(desk, Attempt.logIn(1, false));
        Desks.talk(desk, FIRST);
        for (int i = 0; i < 150; i++) {
            ok(desk, Attempt.command(ConsoleTrigger.NOTE, 10 + i).onCall(FIRST).withNote("note " + i));
        }

        CallEntry entry = desk.entry(FIRST).orElseThrow();
        assertThat(entry.history()).hasSize(CallEntry.HISTORY_KEPT);
        assertThat(entry.historyDropped()).isEqualTo(152 - CallEntry.HISTORY_KEPT);
        assertThat(entry.note()).isEqualTo("note 149");
    }

    @Test
    void takeBack_ofAWaitingCall_ringsItOnAFreeLine() {
        ConsoleSession idle = Desks.in(ConsoleState.IDLE);

        Step step = ok(idle, Attempt.command(TAKE_BACK, 3).onCall(Desks.WAITING));
        assertThat(step.effects()).containsExactly(ConsoleEffect.RING_PHONE);
        ok(idle, Attempt.about(RINGING, Desks.WAITING));

        assertThat(idle.onLine(LineNo.L1).map(CallEntry::call)).contains(Desks.WAITING);
        assertThat(idle.state()).isEqualTo(ConsoleState.NEW_INCOMING);
        assertThat(idle.pending()).isEmpty();
    }

    @Test
    void commandsAboutAnUnknownCall_areRefused() {
        ConsoleSession idle = Desks.in(ConsoleState.IDLE);

        assertThat(idle.fire(Attempt.command(TAKE_BACK, 3).onCall(new CallId("nope"))).rejection())
                .hasValueSatisfying(reason -> assertThat(reason).contains("TAKE_BACK").contains("IDLE"));
        assertThat(List.of(idle.state())).containsExactly(ConsoleState.IDLE);
    }

    @Test
    void retrieveTakeBackAndDial_waitForHerPhoneToBeFree_soThatNoCallerIsSentToABusyPhone() {
        ConsoleSession held = Desks.in(ConsoleState.ON_HOLD);

        ok(held, Attempt.of(ConsoleTrigger.PHONE_BUSY).withArgument("BUSY_INTERNAL"));

        assertThat(held.phoneBusy()).isTrue();
        assertThat(held.fire(Attempt.command(ConsoleTrigger.RETRIEVE, 5).onLine(LineNo.L1)).rejection())
                .contains("RETRIEVE is not allowed in ON_HOLD unless her phone is free");
        assertThat(held.allowedCommands()).doesNotContain(ConsoleTrigger.RETRIEVE, TAKE_BACK, ConsoleTrigger.DIAL)
                .contains(PARK, CAMP_ON);
        ok(held, Attempt.of(ConsoleTrigger.PHONE_FREE).withArgument("IDLE"));
        assertThat(held.allowedCommands()).contains(ConsoleTrigger.RETRIEVE, TAKE_BACK, ConsoleTrigger.DIAL);
    }

    @Test
    void aCommandWithoutRuleInTheState_isRefusedNamingTheCommandsAllowedNow() {
        ConsoleSession idle = Desks.in(ConsoleState.IDLE);

        assertThat(idle.fire(Attempt.command(HOLD, 3).onLine(LineNo.L1)).rejection()).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("HOLD is not allowed in IDLE (allowed now: [").contains("TAKE_BACK")
                        .doesNotContain("RINGING").doesNotContain("QUEUED"));
    }
}
