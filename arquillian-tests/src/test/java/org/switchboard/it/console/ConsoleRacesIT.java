package org.switchboard.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.it.console.Reception.accepted;
import static org.switchboard.it.console.Reception.idleWithout;
import static org.switchboard.it.console.Reception.in;
import static org.switchboard.it.console.Reception.waiting;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.scripted.LiveOffice;
import org.switchboard.protocol.CommandName;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.LineNo;
import org.switchboard.protocol.StateUpdate;
import org.switchboard.shared.model.CallId;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * The races the receptionists of the anchors hit, on the deployed EAR: two receptionists taking back one call at
 * once, a caller who hangs up around a take back, and a transfer (couple) racing a hang-up. Whoever wins, every
 * console ends in a defined state: no command left pending, no call left on a line that is gone.
 */
class ConsoleRacesIT extends ReceptionJourney {

    @Test
    void twoReceptionistsTakingBackOneCallAtOnce_exactlyOneGetsIt_andTheOtherIsRefusedWithAReason() throws Exception {
        ConsoleTestClient anna = reception.loggedIn(reception.receptionist("201"), true);
        ConsoleTestClient bert = reception.loggedIn(reception.receptionist("202"), true);
        LiveOffice.Caller caller = office.trunkCallsQueue("9000");
        anna.awaitState("the call waiting for anna", waiting(caller.callId()));
        bert.awaitState("the call waiting for bert", waiting(caller.callId()));

        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<ConsoleTestClient.Answer> annas = takeBackWhen(start, anna, caller);
        CompletableFuture<ConsoleTestClient.Answer> berts = takeBackWhen(start, bert, caller);
        start.countDown();
        List<ConsoleTestClient.Answer> answers = List.of(annas.get(20, TimeUnit.SECONDS), berts.get(20, TimeUnit.SECONDS));

        assertThat(answers).extracting(ConsoleTestClient.Answer::status).containsExactlyInAnyOrder(200, 403);
        boolean annaWon = answers.get(0).status() == 200;
        ConsoleTestClient winner = annaWon ? anna : bert;
        ConsoleTestClient loser = annaWon ? bert : anna;
        String winnersPhone = annaWon ? "201" : "202";
        assertThat(answers.get(annaWon ? 1 : 0).reason()).as("the loser's reason").contains("TAKE_BACK")
                .contains("is not allowed");

        winner.awaitState("the call ringing the winner", in("NEW_INCOMING", LineNo.ONE, caller.callId(), "IN_RING"));
        office.phone(winnersPhone).answer();
        winner.awaitState("the winner talking", in("CONVERSATION", LineNo.ONE, caller.callId(), "CONVERSATION"));
        StateUpdate lost = loser.awaitState("the loser idle, the call no longer waiting", idleWithout(caller.callId()));
        assertThat(lost.error()).isEmpty();
        assertThat(lost.allowed()).contains(CommandName.DIAL, CommandName.UNPAUSE);
        assertThat(reception.server.actions("Redirect")).as("the caller moved once, to the winner's phone")
                .hasSize(1);

        ConsoleTestClient.Answer late = loser.send(seq -> new ConsoleCommand.TakeBack(seq, caller.callId()));
        assertThat(late.status()).isEqualTo(403);
        office.hangUp(caller);
        winner.awaitState("the winner idle", idleWithout(caller.callId()));
    }

    private static CompletableFuture<ConsoleTestClient.Answer> takeBackWhen(CountDownLatch start,
            ConsoleTestClient console, LiveOffice.Caller caller) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return console.send(seq -> new ConsoleCommand.TakeBack(seq, caller.callId()));
        });
    }

    @Test
    void aCallerWhoHangsUpBetweenTheListingAndTheTakeBack_leavesTheConsoleIdleWithoutTheCall() {
        ConsoleTestClient anna = reception.loggedIn(reception.receptionist("202"), true);
        LiveOffice.Caller caller = office.trunkCallsQueue("9202");
        anna.awaitState("the call waiting", waiting(caller.callId()));

        office.hangUp(caller);
        ConsoleTestClient.Answer answer = anna.send(seq -> new ConsoleCommand.TakeBack(seq, caller.callId()));

        assertThat(answer.status()).as(answer.reason()).isIn(200, 403);
        if (answer.status() == 403) {
            assertThat(answer.reason()).contains("TAKE_BACK");
        }
        StateUpdate idle = anna.awaitState("idle, the call gone", idleWithout(caller.callId()));
        assertThat(idle.allowed()).contains(CommandName.DIAL);
        assertThat(office.phone("202").ringing()).isFalse();
        assertThat(anna.send(seq -> new ConsoleCommand.TakeBack(seq, caller.callId())).status())
                .as("a take back of the ended call").isEqualTo(403);
    }

    @Test
    void aCallerWhoHangsUpRightAfterTheTakeBack_leavesTheConsoleIdleAndHerPhoneQuiet() {
        ConsoleTestClient anna = reception.loggedIn(reception.receptionist("202"), true);
        LiveOffice.Caller caller = office.trunkCallsQueue("9202");
        anna.awaitState("the call waiting", waiting(caller.callId()));

        accepted(anna, seq -> new ConsoleCommand.TakeBack(seq, caller.callId()));
        office.hangUp(caller);

        StateUpdate idle = anna.awaitState("idle, the call gone", idleWithout(caller.callId()));
        assertThat(idle.allowed()).contains(CommandName.DIAL);
        Await.until("her phone quiet", () -> !office.phone("202").busy(), ConsoleTestClient.PATIENCE);
        Await.until("the call gone from the PBX model", () -> pbx.call(new CallId(caller.callId())).isEmpty(),
                ConsoleTestClient.PATIENCE);

        LiveOffice.Caller next = office.trunkCallsQueue("9202");
        anna.awaitState("the next call waiting", waiting(next.callId()));
        accepted(anna, seq -> new ConsoleCommand.TakeBack(seq, next.callId()));
        anna.awaitState("the next call taken back", in("NEW_INCOMING", LineNo.ONE, next.callId(), "IN_RING"));
    }

    @Test
    void aCoupleRacingTheCallersHangUp_endsIdle_orTalkingWithTheColleagueWhenTheHangUpCameFirst() throws Exception {
        ConsoleTestClient anna = reception.loggedIn(reception.receptionist("202"), false);
        LiveOffice.Caller caller = reception.callAnsweredAt(anna, "202");
        accepted(anna, seq -> new ConsoleCommand.Hold(seq, LineNo.ONE));
        anna.awaitState("on hold", in("ON_HOLD", LineNo.ONE, caller.callId(), "ON_HOLD"));
        accepted(anna, seq -> new ConsoleCommand.Dial(seq, LineNo.TWO, "204"));
        office.phone("202").answer();
        office.phone("204").answer();
        StateUpdate consulting = anna.awaitState("consulting the colleague", in("CONSULTATION"));
        String consultation = consulting.line(LineNo.TWO).call().orElseThrow().callId();

        CompletableFuture<ConsoleTestClient.Answer> coupling = CompletableFuture.supplyAsync(() -> anna.send(seq ->
                new ConsoleCommand.Couple(seq)));
        office.hangUp(caller);

        ConsoleTestClient.Answer couple = coupling.get(20, TimeUnit.SECONDS);
        assertThat(couple.status()).as(couple.reason()).isIn(200, 403);
        if (couple.status() == 403) {
            assertThat(couple.reason()).contains("COUPLE");
        }
        Await.until("the caller gone from the PBX", () -> !office.alive(caller.channel())
                && pbx.call(new CallId(caller.callId())).isEmpty(), ConsoleTestClient.PATIENCE);
        if (office.phone("204").busy()) {
            // the hang-up came first: the bridge found no caller, the consultation goes on
            StateUpdate talking = anna.awaitState("talking with the colleague, the caller off her lines", update ->
                    in("CONVERSATION", LineNo.TWO, consultation, "CONVERSATION").test(update)
                            && update.line(LineNo.ONE).call().isEmpty() && update.pending().isEmpty());
            assertThat(talking.allowed()).contains(CommandName.HANG_UP).doesNotContain(CommandName.COUPLE);
            accepted(anna, seq -> new ConsoleCommand.HangUp(seq, LineNo.TWO));
        }
        anna.awaitState("idle at last", update -> idleWithout(caller.callId()).test(update)
                && update.supervised().isEmpty());
        Await.until("no call left on the PBX", () -> pbx.call(new CallId(caller.callId())).isEmpty()
                && !office.phone("202").busy() && !office.phone("204").busy(), ConsoleTestClient.PATIENCE);
    }
}
