package org.switchboard.console.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.switchboard.console.model.Desks.FIRST;
import static org.switchboard.console.model.Desks.ok;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.switchboard.call.model.CallAnswered;
import org.switchboard.call.model.CallHeld;
import org.switchboard.call.model.CallOffered;
import org.switchboard.call.model.PartyJoined;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.phone.model.PhoneStatusChanged;
import org.switchboard.queue.model.QueueChanged;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;

class DeskEventsTest {

    private static final Instant AT = Instant.parse("2026-11-26T09:00:00Z");
    private static final ChannelId CHANNEL = new ChannelId("1764150000.30");

    private final DeskEvents events = new DeskEvents("PJSIP/201", Set.of("GeneralQueue", "PersonalQueue201"),
            call -> new CallFacts(call, "+3225550101", "External Caller", "", Optional.empty()));

    @Test
    void aCallJoiningOneOfTheDesksQueues_isQueuedWithTheCallersFacts() {
        ConsoleSession desk = Desks.in(ConsoleState.IDLE);

        List<Attempt> attempts = events.attemptsFor(desk, new CallOffered(FIRST, AT, new CallOffered.ToQueue("GeneralQueue")));

        assertThat(attempts).singleElement().satisfies(a -> {
            assertThat(a.trigger()).isEqualTo(ConsoleTrigger.QUEUED);
            assertThat(a.facts().orElseThrow().number()).isEqualTo("+3225550101");
            assertThat(a.facts().orElseThrow().queue()).contains("GeneralQueue");
        });
        assertThat(events.attemptsFor(desk, new CallOffered(FIRST, AT, new CallOffered.ToQueue("OtherQueue")))).isEmpty();
        assertThat(events.attemptsFor(Desks.loggedOut(), new CallOffered(FIRST, AT,
                new CallOffered.ToQueue("GeneralQueue")))).as("nobody at the desk").isEmpty();
    }

    @Test
    void aCallRingingTheDesksPhone_rings_andOtherPhonesMeanNothing() {
        ConsoleSession desk = Desks.in(ConsoleState.IDLE);

        assertThat(events.attemptsFor(desk, new CallOffered(FIRST, AT, new CallOffered.ToDevice("PJSIP/201", CHANNEL))))
                .extracting(Attempt::trigger).containsExactly(ConsoleTrigger.RINGING);
        assertThat(events.attemptsFor(desk, new CallOffered(FIRST, AT, new CallOffered.ToDevice("PJSIP/202", CHANNEL))))
                .isEmpty();
    }

    @Test
    void anAnswer_isTheDesksOnItsPhone_andTakenElsewhereOnAnother() {
        ConsoleSession desk = Desks.in(ConsoleState.IDLE);
        Desks.ring(desk, FIRST);

        assertThat(events.attemptsFor(desk, new CallAnswered(FIRST, AT, "PJSIP/201", CHANNEL, true)))
                .extracting(Attempt::trigger).containsExactly(ConsoleTrigger.ANSWERED);
        assertThat(events.attemptsFor(desk, new CallAnswered(FIRST, AT, "PJSIP/202", CHANNEL, true)))
                .extracting(Attempt::trigger).containsExactly(ConsoleTrigger.TAKEN_ELSEWHERE);
    }

    @Test
    void theDirectedParkTargetRinging_confirmsTheDirectedPark() {
        ConsoleSession desk = Desks.in(ConsoleState.IDLE);
        Desks.talk(desk, FIRST);
        ok(desk, Attempt.command(ConsoleTrigger.DIRECTED_PARK, 3).onCall(FIRST).withArgument("204"));

        assertThat(events.attemptsFor(desk, new CallOffered(FIRST, AT, new CallOffered.ToDevice("PJSIP/204", CHANNEL))))
                .extracting(Attempt::trigger).containsExactly(ConsoleTrigger.DIR_PARKED);
        assertThat(events.attemptsFor(desk, new CallOffered(FIRST, AT, new CallOffered.ToDevice("PJSIP/2040", CHANNEL))))
                .isEmpty();
    }

    @Test
    void heldCoupledAndPaused_areReadForTheDesk() {
        ConsoleSession desk = Desks.in(ConsoleState.CONSULTATION);

        assertThat(events.attemptsFor(desk, new CallHeld(Desks.SECOND, AT, "PJSIP/201", CHANNEL)))
                .extracting(Attempt::trigger).containsExactly(ConsoleTrigger.HELD);
        assertThat(events.attemptsFor(desk, new PartyJoined(FIRST, AT, "PJSIP/204", CHANNEL, Desks.SECOND)))
                .extracting(Attempt::trigger, Attempt::call).containsExactly(
                        tuple(ConsoleTrigger.COUPLED, Optional.of(FIRST)));
        assertThat(events.attemptsFor(desk, new QueueChanged("GeneralQueue", AT, QueueChanged.Change.MEMBER_PAUSED,
                Optional.empty(), Optional.of("PJSIP/201"), ""))).extracting(Attempt::trigger)
                .containsExactly(ConsoleTrigger.PAUSED);
        assertThat(events.attemptsFor(desk, new QueueChanged("GeneralQueue", AT, QueueChanged.Change.MEMBER_PAUSED,
                Optional.empty(), Optional.of("PJSIP/202"), ""))).isEmpty();
    }

    @Test
    void aCampedExtensionGoingIdle_freesTheCamp() {
        ConsoleSession desk = Desks.in(ConsoleState.IDLE);

        assertThat(events.attemptsFor(desk, new PhoneStatusChanged("PJSIP/206", AT, PhoneStatus.BUSY_INTERNAL,
                PhoneStatus.IDLE))).extracting(Attempt::trigger, Attempt::call).containsExactly(
                        tuple(ConsoleTrigger.CAMP_FREE, Optional.of(Desks.CAMPING)));
        assertThat(events.attemptsFor(desk, new PhoneStatusChanged("PJSIP/206", AT, PhoneStatus.IDLE,
                PhoneStatus.BUSY_INTERNAL))).isEmpty();
    }

    @Test
    void aWaitingCallLeavingTheQueue_leaves_unlessItIsBeingTakenBack() {
        ConsoleSession desk = Desks.in(ConsoleState.IDLE);
        QueueChanged left = new QueueChanged("GeneralQueue", AT, QueueChanged.Change.CALLER_LEFT,
                Optional.of(Desks.WAITING), Optional.empty(), "");

        assertThat(events.attemptsFor(desk, left)).extracting(Attempt::trigger).containsExactly(ConsoleTrigger.LEFT_QUEUE);
        ok(desk, Attempt.command(ConsoleTrigger.TAKE_BACK, 4).onCall(Desks.WAITING));
        assertThat(events.attemptsFor(desk, left)).isEmpty();
        assertThat(events.attemptsFor(desk, new QueueChanged("GeneralQueue", AT, QueueChanged.Change.CALLER_LEFT,
                Optional.of(new CallId("unknown")), Optional.empty(), ""))).isEmpty();
    }

    @Test
    void herOwnPhone_busyOrIdle_isTold() {
        ConsoleSession desk = Desks.in(ConsoleState.IDLE);

        assertThat(events.attemptsFor(desk, new PhoneStatusChanged("PJSIP/201", AT, PhoneStatus.IDLE,
                PhoneStatus.RINGING_EXTERNAL))).extracting(Attempt::trigger).containsExactly(ConsoleTrigger.PHONE_BUSY);
        assertThat(events.attemptsFor(desk, new PhoneStatusChanged("PJSIP/201", AT, PhoneStatus.BUSY_EXTERNAL,
                PhoneStatus.IDLE))).extracting(Attempt::trigger).containsExactly(ConsoleTrigger.PHONE_FREE);
    }
}
