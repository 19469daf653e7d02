package org.switchboard.console.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.console.model.ConsoleEffect.JOIN_QUEUES;
import static org.switchboard.console.model.ConsoleEffect.PAUSE_IN_QUEUES;
import static org.switchboard.console.model.ConsoleEffect.RECONCILE;
import static org.switchboard.console.model.ConsoleEffect.RELEASE_CALLS;
import static org.switchboard.console.model.ConsoleEffect.SEND_EVERYTHING;
import static org.switchboard.console.model.ConsoleTrigger.LOG_OUT;
import static org.switchboard.console.model.ConsoleTrigger.PAUSED;
import static org.switchboard.console.model.ConsoleTrigger.QUEUED;
import static org.switchboard.console.model.ConsoleTrigger.SITE_ACTIVE;
import static org.switchboard.console.model.ConsoleTrigger.SITE_PASSIVE;
import static org.switchboard.console.model.ConsoleTrigger.TAKE_BACK;
import static org.switchboard.console.model.ConsoleTrigger.UNPAUSED;
import static org.switchboard.console.model.Desks.FIRST;
import static org.switchboard.console.model.Desks.ok;

import org.junit.jupiter.api.Test;

/**
 * The site's console duty in the session machine: where the receptionists do not work a session is PASSIVE (no
 * lines, no queue calls, the phone paused where it is a member, never added); losing the duty releases the calls and pauses the
 * phone; gaining it is like a log in, paused as the receptionist asked.
 */
class ConsoleDutyTest {

    @Test
    void beforeAnyDutyIsHeard_theConsolesWorkHere_asOnASingleServer() {
        ConsoleSession desk = Desks.loggedOut();

        Step step = ok(desk, Attempt.logIn(1, false));

        assertThat(ConsoleDuty.UNDECIDED.workHere()).isTrue();
        assertThat(desk.dutyHere()).isTrue();
        assertThat(desk.state()).isEqualTo(ConsoleState.IDLE);
        assertThat(step.effects()).containsExactly(JOIN_QUEUES, RECONCILE, SEND_EVERYTHING);
    }

    @Test
    void givenTheDutyIsElsewhere_whenLogIn_thenPassive_thePhoneOnlyPausedWhereItIsAMember() {
        ConsoleSession desk = Desks.loggedOutWhereNobodyWorks();

        Step step = ok(desk, Attempt.logIn(1, true));

        assertThat(desk.state()).isEqualTo(ConsoleState.PASSIVE);
        assertThat(step.effects()).containsExactly(PAUSE_IN_QUEUES, SEND_EVERYTHING);
        assertThat(desk.paused()).as("her wish, kept for when the duty comes").isTrue();
        assertThat(desk.allowedCommands()).containsExactlyInAnyOrder(LOG_OUT, ConsoleTrigger.BUG_REPORT,
                ConsoleTrigger.RESYNC);
    }

    @Test
    void givenAConversation_whenTheDutyIsLost_thenPassiveLinesDroppedCallsReleasedPhonePaused() {
        ConsoleSession desk = Desks.in(ConsoleState.CONVERSATION);

        Step step = ok(desk, Attempt.of(SITE_PASSIVE));

        assertThat(desk.state()).isEqualTo(ConsoleState.PASSIVE);
        assertThat(step.effects()).containsExactly(PAUSE_IN_QUEUES, RELEASE_CALLS);
        assertThat(desk.onLine(LineNo.L1)).isEmpty();
        assertThat(desk.entriesIn(LineState.Place.WAITING)).isEmpty();
        assertThat(desk.entriesIn(LineState.Place.SUPERVISED)).as("parked calls stay followed").isNotEmpty();
        assertThat(desk.fire(Attempt.command(TAKE_BACK, 9).onCall(Desks.WAITING)).rejection())
                .hasValueSatisfying(reason -> assertThat(reason).contains("TAKE_BACK is not allowed in PASSIVE"));
        assertThat(desk.fire(Attempt.of(QUEUED).withFacts(Desks.caller(FIRST))).moved()).isFalse();
    }

    @Test
    void givenPassive_whenTheDutyComes_thenIdleJoiningTheQueuesAsLikeALogIn() {
        ConsoleSession desk = Desks.in(ConsoleState.PASSIVE);

        Step step = ok(desk, Attempt.of(SITE_ACTIVE));

        assertThat(desk.state()).isEqualTo(ConsoleState.IDLE);
        assertThat(desk.dutyHere()).isTrue();
        assertThat(step.effects()).containsExactly(JOIN_QUEUES, RECONCILE, SEND_EVERYTHING);
    }

    @Test
    void whilePassive_thePhonesPauseOnThisPbxIsTheSitesDoing_andHerWishIsKept() {
        ConsoleSession desk = Desks.loggedOut();
        ok(desk, Attempt.logIn(1, false));
        ok(desk, Attempt.of(SITE_PASSIVE));

        ok(desk, Attempt.of(PAUSED));
        assertThat(desk.paused()).isFalse();
        ok(desk, Attempt.of(SITE_ACTIVE));
        ok(desk, Attempt.of(PAUSED));
        assertThat(desk.paused()).as("at work, the PBX's pause is hers").isTrue();
        ok(desk, Attempt.of(SITE_PASSIVE));
        ok(desk, Attempt.of(UNPAUSED));
        assertThat(desk.paused()).isTrue();
    }

    @Test
    void theDutyHeardWhileLoggedOut_decidesTheNextLogIn() {
        ConsoleSession desk = Desks.loggedOutWhereNobodyWorks();
        ok(desk, Attempt.of(SITE_ACTIVE));

        ok(desk, Attempt.logIn(1, false));

        assertThat(desk.state()).isEqualTo(ConsoleState.IDLE);
    }

    @Test
    void theSameDutyAgain_changesNothing() {
        ConsoleSession working = Desks.in(ConsoleState.ON_HOLD);
        ConsoleSession passive = Desks.in(ConsoleState.PASSIVE);

        assertThat(ok(working, Attempt.of(SITE_ACTIVE)).effects()).isEmpty();
        assertThat(ok(passive, Attempt.of(SITE_PASSIVE)).effects()).isEmpty();
        assertThat(working.state()).isEqualTo(ConsoleState.ON_HOLD);
        assertThat(passive.state()).isEqualTo(ConsoleState.PASSIVE);
    }

    @Test
    void aDutyNamesItsTrigger() {
        assertThat(new ConsoleDuty(true, "activity").trigger()).isEqualTo(SITE_ACTIVE);
        assertThat(new ConsoleDuty(false, "fenced").trigger()).isEqualTo(SITE_PASSIVE);
    }
}
