package org.switchboard.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.it.ScriptedPbx;
import org.switchboard.pbx.ami.AmiConnection;
import org.switchboard.pbx.scripted.LiveOffice;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.LineNo;
import org.switchboard.protocol.StateUpdate;
import org.switchboard.queue.model.Queue;
import org.switchboard.queue.model.QueueMember;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * The PBX restarts, or its link drops, under logged-in consoles. Asterisk forgets the dynamic members of its
 * queues when it restarts, so the server puts each logged-in receptionist's phone back in her queues (paused as
 * her session is) once it has synchronised with the PBX again; a receptionist who logged in while the link was
 * down is told so, and joins her queues, with the calls already waiting there, as soon as the PBX is back. The
 * restarted PBX here is the console reception's scripted PBX, whose queues start without members.
 */
class ConsolePbxRestartIT extends ReceptionJourney {

    private static final String PHONE = "PJSIP/202";

    @Test
    void thePbxRestartsUnderALoggedInConsole_herPhoneIsBackInHerQueues_andTheNextCallRingsHer() {
        String login = reception.receptionist("202");
        ConsoleTestClient console = reception.loggedIn(login, false);
        awaitMember("PersonalQueue202", false);

        reception.server.close();
        awaitLinkDown();
        try (ScriptedAmiServer restarted = restartedPbx()) {
            awaitMember("PersonalQueue202", false);
            awaitMember("GeneralQueue", false);
            Await.until("the operators' check in agreement", () -> differencesOf(login).isEmpty(),
                    ConsoleTestClient.PATIENCE);

            LiveOffice office = restarted.office().answerOnCommand();
            LiveOffice.Caller caller = office.trunkCallsQueue("9202");
            console.awaitState("the next call ringing her phone", Reception.in("NEW_INCOMING", LineNo.ONE,
                    caller.callId(), "IN_RING"));
            office.phone("202").answer();
            console.awaitState("talking with the caller", Reception.in("CONVERSATION", LineNo.ONE, caller.callId(),
                    "CONVERSATION"));
            office.hangUp(caller);
            console.awaitState("idle again", Reception.idleWithout(caller.callId()));
        }
    }

    @Test
    void aLogInWhileThePbxIsDown_isToldSo_andJoinsHerQueuesWithTheCallsWaitingThere_whenThePbxIsBack() {
        String login = reception.receptionist("202");
        reception.server.close();
        awaitLinkDown();

        ConsoleTestClient console = reception.console();
        assertThat(console.logIn(login, Reception.PASSWORD, true).status()).isEqualTo(200);
        StateUpdate refused = console.awaitState("the queues' refusal shown", update -> update.error().isPresent());
        assertThat(refused.error().get().code()).isEqualTo(StateUpdate.ErrorCode.PBX_DOWN);

        try (ScriptedAmiServer restarted = ScriptedPbx.startReception()) {
            LiveOffice.Caller caller = restarted.office().answerOnCommand().trunkCallsQueue("9202");
            console.awaitState("the call waiting in her queue", Reception.waiting(caller.callId()),
                    ScriptedPbx.SETTLE);
            awaitMember("PersonalQueue202", true);
            awaitMember("GeneralQueue", true);
            assertThat(differencesOf(login)).isEmpty();
            console.send(seq -> new ConsoleCommand.LogOut(seq));
        }
    }

    /** A restarted PBX on the same port, once the server has connected to it and synchronised its model. */
    private ScriptedAmiServer restartedPbx() {
        long connects = link.stats().connects();
        ScriptedAmiServer restarted = ScriptedPbx.startReception();
        Await.until("connected and synchronised again", () -> link.stats().connects() > connects
                && link.stats().state() == AmiConnection.State.CONNECTED && !pbx.status().stale(), ScriptedPbx.SETTLE);
        return restarted;
    }

    private void awaitLinkDown() {
        Await.until("the link to the PBX down", () -> link.stats().state() != AmiConnection.State.CONNECTED,
                ScriptedPbx.SETTLE);
    }

    private void awaitMember(String queue, boolean paused) {
        Await.until("her phone a " + (paused ? "paused" : "available") + " member of " + queue,
                () -> member(queue).filter(m -> m.paused() == paused).isPresent(), ScriptedPbx.SETTLE);
    }

    private Optional<QueueMember> member(String queue) {
        return pbx.queue(queue).flatMap((Queue q) -> q.member(PHONE));
    }

    private static java.util.List<String> differencesOf(String login) {
        try {
            return checkQueues().stream().filter(line -> line.contains(login)).toList();
        } catch (javax.management.JMException e) {
            throw new IllegalStateException(e);
        }
    }
}
