package org.switchboard.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.it.console.Reception.accepted;
import static org.switchboard.it.console.Reception.idleWithout;
import static org.switchboard.it.console.Reception.in;
import static org.switchboard.it.console.Reception.onLine;
import static org.switchboard.it.console.Reception.supervised;
import static org.switchboard.it.console.Reception.triggers;

import java.time.Duration;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.call.model.Party;
import org.switchboard.console.model.ConsoleSettings;
import org.switchboard.pbx.scripted.LiveOffice;
import org.switchboard.protocol.LineNo;
import org.switchboard.protocol.StateUpdate;
import org.switchboard.shared.model.CallId;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * Calls the receptionist hands to a colleague and keeps an eye on, as journeys on the deployed EAR: a directed
 * park nobody picks up comes back to her phone at its deadline (the test server runs with a short
 * directed-park timeout, see the h2 execution in the pom), and a camp on a busy colleague rings the colleague as
 * soon as the colleague's phone is free.
 */
class ConsoleSupervisionJourneysIT extends ReceptionJourney {

    @Inject
    ConsoleSettings settings;

    private ConsoleTestClient anna;

    @BeforeEach
    void logInAtDesk202() {
        anna = reception.loggedIn(reception.receptionist("202"), false);
    }

    @Test
    void aDirectedParkNobodyPicksUp_comesBackToHerPhoneAtItsDeadline_withItsNote() {
        Duration timeout = settings.supervision().directedPark();
        assertThat(timeout).as("the test server's directed-park timeout").isLessThan(ConsoleTestClient.PATIENCE);
        LiveOffice.Caller caller = reception.callAnsweredAt(anna, "202");
        String note = "for Ms Jones, about the invoice";

        accepted(anna, seq -> new org.switchboard.protocol.ConsoleCommand.DirectedPark(seq, LineNo.ONE, "204",
                Optional.of(note)));

        StateUpdate parked = anna.awaitState("the call ringing 204, supervised", update -> update.state()
                .equals("IDLE") && supervised(caller.callId(), "DIR_PARKED").test(update));
        StateUpdate.CallEntry supervision = parked.supervised().get(0);
        assertThat(supervision.extension()).contains("204");
        assertThat(supervision.note()).contains(note);
        assertThat(supervision.deadline()).hasValueSatisfying(deadline -> assertThat(deadline)
                .isAfter(supervision.since()).isBeforeOrEqualTo(parked.sentAt().plus(timeout)));
        assertThat(office.phone("204").ringing()).isTrue();
        assertThat(office.phone("202").busy()).isFalse();

        StateUpdate back = anna.awaitState("the call ringing her phone again after the deadline",
                in("NEW_INCOMING", LineNo.ONE, caller.callId(), "IN_RING"));
        assertThat(back.supervised()).isEmpty();
        assertThat(triggers(onLine(back, LineNo.ONE))).containsSubsequence("RINGING", "SUPERVISION_TIMED_OUT",
                "DIR_PARKED");
        office.phone("202").answer();

        StateUpdate talking = anna.awaitState("talking with the caller again",
                in("CONVERSATION", LineNo.ONE, caller.callId(), "CONVERSATION"));
        assertThat(onLine(talking, LineNo.ONE).note()).contains(note);
        assertThat(pbx.call(new CallId(caller.callId())).orElseThrow().activeParties()).extracting(Party::device)
                .contains("PJSIP/202");
        assertThat(office.phone("204").ringing()).as("204's ring cancelled when the caller came back").isFalse();
        office.hangUp(caller);
        anna.awaitState("idle, the call gone", idleWithout(caller.callId()));
    }

    @Test
    void aCampOnABusyColleague_ringsTheColleagueWhenFree_andEndsWhenTheColleagueAnswers() {
        office.phone("203").dials("204");
        office.phone("204").answer();
        Await.until("204 busy in the console's phones", () -> anna.phones().containsKey("204")
                && anna.phones().get("204").status().name().startsWith("BUSY"), ConsoleTestClient.PATIENCE);
        LiveOffice.Caller caller = reception.callAnsweredAt(anna, "202");

        accepted(anna, seq -> new org.switchboard.protocol.ConsoleCommand.CampOn(seq, LineNo.ONE, "204"));

        StateUpdate camping = anna.awaitState("the call camping on 204", update -> update.state().equals("IDLE")
                && supervised(caller.callId(), "CAMPING").test(update));
        StateUpdate.CallEntry supervision = camping.supervised().get(0);
        assertThat(supervision.extension()).contains("204");
        assertThat(supervision.deadline()).isPresent();
        assertThat(office.phone("204").ringing()).as("204 while busy").isFalse();

        office.phone("203").hangUp();

        Await.until("204 ringing with the camped call", () -> office.phone("204").ringing(),
                ConsoleTestClient.PATIENCE);
        assertThat(anna.state().orElseThrow().supervised()).extracting(StateUpdate.CallEntry::callId)
                .contains(caller.callId());
        office.phone("204").answer();

        anna.awaitState("the call handed over, nothing supervised", update -> idleWithout(caller.callId())
                .test(update) && update.supervised().isEmpty());
        assertThat(pbx.call(new CallId(caller.callId())).orElseThrow().activeParties()).extracting(Party::device)
                .contains("PJSIP/204");
        office.hangUp(caller);
    }
}
