package org.switchboard.console.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.console.model.Desks.FIRST;
import static org.switchboard.console.model.Desks.WAITING;

import org.junit.jupiter.api.Test;

/** Which steps are a command that moved in place (its move line goes at DEBUG) and which are real moves. */
class StepTest {

    @Test
    void aNoteOnAWaitingCall_isACommandInPlace() {
        ConsoleSession desk = Desks.in(ConsoleState.IDLE);

        Step note = desk.fire(Attempt.command(ConsoleTrigger.NOTE, 9).onCall(WAITING).withNote("VIP"));

        assertThat(note.moved()).isTrue();
        assertThat(note.commandInPlace()).isTrue();
    }

    @Test
    void aNoteOnACallInConversation_isACommandInPlace() {
        ConsoleSession desk = Desks.in(ConsoleState.CONVERSATION);

        assertThat(desk.fire(Attempt.command(ConsoleTrigger.NOTE, 9).onCall(FIRST).withNote("VIP")).commandInPlace())
                .isTrue();
    }

    @Test
    void aCommandThatMovesTheSessionOrTheCall_isARealMove() {
        ConsoleSession talking = Desks.in(ConsoleState.CONVERSATION);
        ConsoleSession idle = Desks.in(ConsoleState.IDLE);

        Step hold = talking.fire(Attempt.command(ConsoleTrigger.HOLD, 9).onCall(FIRST));
        Step takeBack = idle.fire(Attempt.command(ConsoleTrigger.TAKE_BACK, 9).onCall(WAITING));

        assertThat(hold.moved()).isTrue();
        assertThat(hold.commandInPlace()).isFalse();
        assertThat(takeBack.moved()).isTrue();
        assertThat(takeBack.commandInPlace()).isFalse();
    }

    @Test
    void aCommandThatKeepsItsStateButAsksForSomething_isARealMove() {
        Step pause = Desks.in(ConsoleState.IDLE).fire(Attempt.command(ConsoleTrigger.PAUSE, 9));
        Step resync = Desks.in(ConsoleState.IDLE).fire(Attempt.command(ConsoleTrigger.RESYNC, 9));

        assertThat(pause.moved()).isTrue();
        assertThat(pause.commandInPlace()).isFalse();
        assertThat(resync.moved()).isTrue();
        assertThat(resync.commandInPlace()).isFalse();
    }

    @Test
    void aPbxEventThatKeepsTheState_isNotACommandInPlace() {
        Step paused = Desks.in(ConsoleState.IDLE).fire(Attempt.of(ConsoleTrigger.PAUSED));

        assertThat(paused.moved()).isTrue();
        assertThat(paused.commandInPlace()).isFalse();
    }

    @Test
    void aRefusedCommand_isNotACommandInPlace() {
        Step refused = Desks.in(ConsoleState.IDLE).fire(Attempt.command(ConsoleTrigger.NOTE, 9).onCall(FIRST));

        assertThat(refused.moved()).isFalse();
        assertThat(refused.commandInPlace()).isFalse();
    }
}
