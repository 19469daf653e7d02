package org.switchboard.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.it.console.Reception.accepted;
import static org.switchboard.it.console.Reception.idleWithout;
import static org.switchboard.it.console.Reception.in;
import static org.switchboard.it.console.Reception.onLine;
import static org.switchboard.it.console.Reception.supervised;
import static org.switchboard.it.console.Reception.triggers;

import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.call.model.Call;
import org.switchboard.call.model.Party;
import org.switchboard.pbx.scripted.LiveOffice;
import org.switchboard.protocol.CommandName;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.LineNo;
import org.switchboard.protocol.StateUpdate;
import org.switchboard.shared.model.CallId;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * A receptionist's everyday calls, as journeys on the deployed EAR: the scripted PBX's office plays the callers
 * and the phones, the console test client plays the receptionist (desk 202) over SIP, and each journey checks
 * what her console shows after every step and what the PBX did.
 */
class ConsoleCallJourneysIT extends ReceptionJourney {

    private String login;
    private ConsoleTestClient anna;

    @BeforeEach
    void logInAtDesk202() {
        login = reception.receptionist("202");
        anna = reception.loggedIn(login, false);
    }

    @Test
    void aQueuedCall_isOffered_ringsHerPhone_andIsAnsweredThere() throws Exception {
        LiveOffice.Caller caller = office.trunkCallsQueue("9202");

        StateUpdate ringing = anna.awaitState("the call ringing on line 1",
                in("NEW_INCOMING", LineNo.ONE, caller.callId(), "IN_RING"));
        StateUpdate.CallEntry offered = onLine(ringing, LineNo.ONE);
        assertThat(offered.number()).isEqualTo(LiveOffice.CALLER_NUMBER);
        assertThat(offered.name()).isEqualTo(LiveOffice.CALLER_NAME);
        assertThat(triggers(offered)).containsExactly("RINGING", "QUEUED");
        assertThat(ringing.allowed()).doesNotContain(CommandName.HOLD, CommandName.PARK);

        office.phone("202").answer();

        StateUpdate talking = anna.awaitState("in conversation",
                in("CONVERSATION", LineNo.ONE, caller.callId(), "CONVERSATION"));
        assertThat(triggers(onLine(talking, LineNo.ONE))).containsExactly("ANSWERED", "RINGING", "QUEUED");
        assertThat(talking.allowed()).contains(CommandName.HOLD, CommandName.PARK, CommandName.HANG_UP,
                CommandName.DIRECTED_PARK);
        assertThat(talking.waiting()).isEmpty();
        assertThat(devicesOf(caller)).contains("PJSIP/202");
        assertThat(sessionsOverJmx()).filteredOn(line -> line.contains(login)).singleElement()
                .satisfies(line -> assertThat(line).contains("CONVERSATION").contains(LiveOffice.CALLER_NUMBER));
        assertThat(checkQueues()).noneMatch(line -> line.contains(login));

        office.hangUp(caller);
        anna.awaitState("idle, the call gone", idleWithout(caller.callId()));
    }

    @Test
    void aCallPutOnHold_hearsMusic_andIsRetrievedToHerPhone() {
        LiveOffice.Caller caller = reception.callAnsweredAt(anna, "202");

        accepted(anna, seq -> new ConsoleCommand.Hold(seq, LineNo.ONE));

        StateUpdate held = anna.awaitState("on hold, her phone free again", in("ON_HOLD", LineNo.ONE,
                caller.callId(), "ON_HOLD").and(update -> update.allowed().contains(CommandName.RETRIEVE)));
        assertThat(held.pending()).isEmpty();
        assertThat(held.allowed()).contains(CommandName.RETRIEVE, CommandName.DIAL, CommandName.PARK)
                .doesNotContain(CommandName.HOLD);
        assertThat(reception.server.actions("Redirect")).last().satisfies(redirect -> {
            assertThat(redirect.get("Channel")).contains(caller.channel());
            assertThat(redirect.get("Exten")).contains("8002");
        });
        assertThat(office.phone("202").busy()).as("her phone, free while the caller hears music").isFalse();

        accepted(anna, seq -> new ConsoleCommand.Retrieve(seq, LineNo.ONE));
        anna.awaitState("the held call ringing her phone", in("NEW_INCOMING", LineNo.ONE, caller.callId(), "IN_RING"));
        office.phone("202").answer();

        StateUpdate back = anna.awaitState("in conversation again",
                in("CONVERSATION", LineNo.ONE, caller.callId(), "CONVERSATION"));
        assertThat(triggers(onLine(back, LineNo.ONE))).containsSubsequence("ANSWERED", "RINGING", "HELD", "ANSWERED");
        assertThat(devicesOf(caller)).contains("PJSIP/202");

        accepted(anna, seq -> new ConsoleCommand.HangUp(seq, LineNo.ONE));
        anna.awaitState("idle after her hang up", idleWithout(caller.callId()));
        assertThat(office.alive(caller.channel())).isFalse();
    }

    @Test
    void aColleagueDialledOnLine2_isCoupledWithTheCaller_andBothLinesAreFree() {
        LiveOffice.Caller caller = reception.callAnsweredAt(anna, "202");
        accepted(anna, seq -> new ConsoleCommand.Hold(seq, LineNo.ONE));
        anna.awaitState("on hold", in("ON_HOLD", LineNo.ONE, caller.callId(), "ON_HOLD"));

        accepted(anna, seq -> new ConsoleCommand.Dial(seq, LineNo.TWO, "204"));
        StateUpdate dialling = anna.awaitState("dialling on line 2", in("OUTGOING"));
        assertThat(onLine(dialling, LineNo.TWO).state()).isEqualTo("OUT_RING");
        office.phone("202").answer();
        office.phone("204").answer();

        StateUpdate consulting = anna.awaitState("talking with the colleague while the caller holds",
                update -> in("CONSULTATION", LineNo.ONE, caller.callId(), "ON_HOLD").test(update)
                        && update.line(LineNo.TWO).call().filter(c -> c.state().equals("CONVERSATION")).isPresent());
        assertThat(consulting.allowed()).contains(CommandName.COUPLE);
        String consultation = onLine(consulting, LineNo.TWO).callId();

        accepted(anna, seq -> new ConsoleCommand.Couple(seq));

        StateUpdate coupled = anna.awaitState("both lines free after the couple",
                update -> idleWithout(caller.callId()).test(update)
                        && update.supervised().stream().noneMatch(c -> c.callId().equals(consultation)));
        assertThat(coupled.error()).isEmpty();
        assertThat(devicesOf(caller)).contains("PJSIP/204").doesNotContain("PJSIP/202");
        assertThat(office.phone("202").busy()).as("her phone after the couple").isFalse();
        assertThat(reception.server.actions("Bridge")).hasSize(1);

        office.phone("204").hangUp();
        org.switchboard.testkit.Await.until("the coupled call ended", () -> pbx.call(new CallId(caller.callId()))
                .isEmpty(), ConsoleTestClient.PATIENCE);
    }

    @Test
    void aParkedCall_keepsItsNote_andIsTakenBackWithItsHistory() {
        LiveOffice.Caller caller = reception.callAnsweredAt(anna, "202");
        String note = "Mr Smith, waits for accounts";

        accepted(anna, seq -> new ConsoleCommand.Park(seq, LineNo.ONE, Optional.of(note)));

        StateUpdate parked = anna.awaitState("the call parked and supervised", update -> update.state().equals("IDLE")
                && supervised(caller.callId(), "PARKED").test(update));
        StateUpdate.CallEntry supervision = parked.supervised().get(0);
        assertThat(supervision.note()).contains(note);
        assertThat(supervision.deadline()).hasValueSatisfying(deadline -> assertThat(deadline)
                .isAfter(supervision.since()));
        assertThat(parked.line(LineNo.ONE).call()).isEmpty();
        assertThat(pbx.parked()).anySatisfy(lot -> assertThat(lot.call().value()).isEqualTo(caller.callId()));
        assertThat(office.phone("202").busy()).isFalse();

        accepted(anna, seq -> new ConsoleCommand.TakeBack(seq, caller.callId()));
        anna.awaitState("the parked call ringing her phone", in("NEW_INCOMING", LineNo.ONE, caller.callId(),
                "IN_RING"));
        office.phone("202").answer();

        StateUpdate back = anna.awaitState("talking with the caller again",
                in("CONVERSATION", LineNo.ONE, caller.callId(), "CONVERSATION"));
        StateUpdate.CallEntry entry = onLine(back, LineNo.ONE);
        assertThat(entry.note()).contains(note);
        assertThat(triggers(entry)).containsSubsequence("ANSWERED", "RINGING", "PARKED", "ANSWERED", "RINGING",
                "QUEUED");
        assertThat(back.supervised()).isEmpty();
        org.switchboard.testkit.Await.until("the call out of the parking lot", () -> pbx.parked().stream()
                .noneMatch(lot -> lot.call().value().equals(caller.callId())), ConsoleTestClient.PATIENCE);

        office.hangUp(caller);
        anna.awaitState("idle, the call gone", idleWithout(caller.callId()));
    }

    @Test
    void aCallerWhoHangsUpWhileHerPhoneRings_leavesTheConsoleIdle() {
        LiveOffice.Caller caller = office.trunkCallsQueue("9202");
        anna.awaitState("the call ringing on line 1", in("NEW_INCOMING", LineNo.ONE, caller.callId(), "IN_RING"));

        office.hangUp(caller);

        StateUpdate idle = anna.awaitState("idle, the abandoned call gone", idleWithout(caller.callId()));
        assertThat(idle.allowed()).contains(CommandName.DIAL).doesNotContain(CommandName.HANG_UP);
        assertThat(idle.error()).isEmpty();
        assertThat(office.phone("202").ringing()).isFalse();
        assertThat(pbx.call(new CallId(caller.callId()))).isEmpty();
    }

    private java.util.List<String> devicesOf(LiveOffice.Caller caller) {
        return pbx.call(new CallId(caller.callId())).map(Call::activeParties).orElse(java.util.List.of()).stream()
                .map(Party::device).toList();
    }
}
