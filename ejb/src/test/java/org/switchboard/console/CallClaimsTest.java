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
import org.switchboard.console.model.Step;
import org.switchboard.console.model.SupervisionTimes;
import org.switchboard.shared.model.CallId;

/**
 * One call, one receptionist: two sessions follow the same waiting call, and the claims decide which one may
 * take it back, through real steps of the sessions (as the desk's work runs them: claim, fire, then the claim
 * kept or let go after the step).
 */
class CallClaimsTest {

    private static final CallId CALL = new CallId("1764150000.7");

    private final CallClaims claims = new CallClaims();
    private final ConsoleSession anna = waitingFor(new SessionId("s-anna"), "anna");
    private final ConsoleSession bert = waitingFor(new SessionId("s-bert"), "bert");

    @Test
    void givenATakeBackOfAWaitingCallAccepted_whenAnotherReceptionistTakesItBack_thenSheIsRefusedNamingTheHolder() {
        takeBack(anna);

        assertThat(claims.claim(CALL, bert.id())).contains(anna.id());
    }

    @Test
    void givenATakeBackOfAWaitingCall_whenTheCallRingsHerPhone_thenTheClaimStillHolds() {
        takeBack(anna);

        after(anna, anna.fire(Attempt.of(ConsoleTrigger.RINGING).withFacts(facts())));

        assertThat(claims.claim(CALL, bert.id())).contains(anna.id());
    }

    @Test
    void givenATakeBackOfAWaitingCall_whenThePbxRefusesIt_thenTheCallIsFreeForAnother() {
        takeBack(anna);

        after(anna, anna.fire(Attempt.of(ConsoleTrigger.COMMAND_FAILED).withArgument("PBX_REFUSED")));

        assertThat(anna.entry(CALL)).hasValueSatisfying(entry -> assertThat(entry.state().name()).isEqualTo("QUEUED"));
        assertThat(claims.claim(CALL, bert.id())).isEmpty();
    }

    @Test
    void givenATakenCall_whenItEnds_thenTheClaimIsLetGo() {
        takeBack(anna);

        after(anna, anna.fire(Attempt.about(ConsoleTrigger.CALL_ENDED, CALL)));

        assertThat(claims.holder(CALL)).isEmpty();
    }

    private void takeBack(ConsoleSession session) {
        assertThat(claims.claim(CALL, session.id())).isEmpty();
        Step step = session.fire(Attempt.command(ConsoleTrigger.TAKE_BACK, 5).onCall(CALL));
        assertThat(step.moved()).as(step.rejection().orElse("")).isTrue();
        after(session, step);
    }

    private void after(ConsoleSession session, Step step) {
        assertThat(step.moved()).as(step.rejection().orElse("")).isTrue();
        step.entry().ifPresent(entry -> claims.afterStep(session.id(), entry, session.pending()));
    }

    private static ConsoleSession waitingFor(SessionId id, String login) {
        ConsoleSession session = new ConsoleSession(id, login, login, new SupervisionTimes(Duration.ofSeconds(60),
                Duration.ofSeconds(30), Duration.ofSeconds(120)), Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"),
                        ZoneOffset.UTC));
        assertThat(session.fire(Attempt.logIn(1, false)).moved()).isTrue();
        assertThat(session.fire(Attempt.of(ConsoleTrigger.QUEUED).withFacts(facts())).moved()).isTrue();
        return session;
    }

    private static CallFacts facts() {
        return new CallFacts(CALL, "+3225550101", "External Caller", "GeneralQueue", Optional.of("GeneralQueue"));
    }
}
