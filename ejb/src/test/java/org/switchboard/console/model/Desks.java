package org.switchboard.console.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.switchboard.shared.model.CallId;

/**
 * Builds console sessions in a chosen state by real steps, for tests: every session logged in also follows
 * a call waiting in its queue ({@link #WAITING}), a parked one ({@link #PARKED}), a directed-parked one
 * ({@link #DIR_PARKED}) and one camping on a busy extension ({@link #CAMPING}).
 */
final class Desks {

    static final CallId WAITING = new CallId("1764150000.1");
    static final CallId PARKED = new CallId("1764150000.2");
    static final CallId FIRST = new CallId("1764150000.3");
    static final CallId SECOND = new CallId("1764150000.4");
    static final CallId DIR_PARKED = new CallId("1764150000.5");
    static final CallId CAMPING = new CallId("1764150000.6");
    static final CallId NEW = new CallId("1764150000.9");

    static final SupervisionTimes TIMES = new SupervisionTimes(Duration.ofSeconds(60), Duration.ofSeconds(30),
            Duration.ofSeconds(120));

    private Desks() {
    }

    static Clock clock() {
        return Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);
    }

    static ConsoleSession loggedOut() {
        return new ConsoleSession(new SessionId("s-1"), "desk1", "Desk One", TIMES, clock());
    }

    static CallFacts caller(CallId call) {
        return new CallFacts(call, "+3225550101", "External Caller", "GeneralQueue", Optional.of("GeneralQueue"));
    }

    /** A session in {@code state}, with a waiting and a parked call besides. */
    static ConsoleSession in(ConsoleState state) {
        ConsoleSession desk = loggedOut();
        if (state == ConsoleState.LOGGED_OUT) {
            return desk;
        }
        ok(desk, Attempt.logIn(1, false));
        ok(desk, Attempt.of(ConsoleTrigger.RINGING).withFacts(caller(PARKED)));
        ok(desk, Attempt.about(ConsoleTrigger.ANSWERED, PARKED));
        ok(desk, Attempt.command(ConsoleTrigger.PARK, 2).onLine(LineNo.L1));
        ok(desk, Attempt.about(ConsoleTrigger.PARKED, PARKED).withArgument("701"));
        talk(desk, DIR_PARKED);
        ok(desk, Attempt.command(ConsoleTrigger.DIRECTED_PARK, 3).onLine(LineNo.L1).withArgument("205"));
        ok(desk, Attempt.about(ConsoleTrigger.DIR_PARKED, DIR_PARKED));
        hold(desk, CAMPING);
        ok(desk, Attempt.command(ConsoleTrigger.CAMP_ON, 3).onLine(LineNo.L1).withArgument("206"));
        ok(desk, Attempt.of(ConsoleTrigger.QUEUED).withFacts(caller(WAITING)));
        switch (state) {
            case IDLE -> { }
            case PASSIVE -> ok(desk, Attempt.of(ConsoleTrigger.SITE_PASSIVE));
            case NEW_INCOMING -> ring(desk, FIRST);
            case OUTGOING -> dial(desk, LineNo.L1, FIRST);
            case CONVERSATION -> talk(desk, FIRST);
            case ON_HOLD -> hold(desk, FIRST);
            case CONSULTATION -> {
                hold(desk, FIRST);
                dial(desk, LineNo.L2, SECOND);
                ok(desk, Attempt.about(ConsoleTrigger.ANSWERED, SECOND));
            }
            case DIR_PARK_INIT -> {
                talk(desk, FIRST);
                ok(desk, Attempt.command(ConsoleTrigger.DIRECTED_PARK, 3).onLine(LineNo.L1).withArgument("204"));
            }
            default -> throw new IllegalArgumentException(state.name());
        }
        if (desk.state() != state) {
            throw new IllegalStateException("built " + desk.state() + " instead of " + state);
        }
        return desk;
    }

    /**
     * Sessions in {@code state} that differ in what the guards look at: as built, with the phone paused, and with
     * the pending command cleared by a reset, and both (passive: also logged in where nobody works); logged out, as
     * new, after a log out (which keeps the supervised calls) and where the receptionists do not work.
     */
    static List<Supplier<ConsoleSession>> variants(ConsoleState state) {
        if (state == ConsoleState.LOGGED_OUT) {
            return List.of(Desks::loggedOut, () -> {
                ConsoleSession desk = in(ConsoleState.IDLE);
                desk.fire(Attempt.command(ConsoleTrigger.LOG_OUT, 8));
                return desk;
            }, Desks::loggedOutWhereNobodyWorks);
        }
        return List.of(() -> in(state), () -> {
            ConsoleSession desk = in(state);
            desk.fire(Attempt.of(ConsoleTrigger.PAUSED));
            return desk;
        }, () -> {
            ConsoleSession desk = in(state);
            desk.fire(Attempt.command(ConsoleTrigger.RESET, 8));
            return desk;
        }, () -> {
            ConsoleSession desk = in(state);
            desk.fire(Attempt.command(ConsoleTrigger.RESET, 8));
            desk.fire(Attempt.of(ConsoleTrigger.PAUSED));
            return desk;
        }, () -> state == ConsoleState.PASSIVE ? loggedInWhereNobodyWorks() : in(state));
    }

    /** A new session on a site where the receptionists do not work (the fencing said so before she logged in). */
    static ConsoleSession loggedOutWhereNobodyWorks() {
        ConsoleSession desk = loggedOut();
        ok(desk, Attempt.of(ConsoleTrigger.SITE_PASSIVE));
        return desk;
    }

    /** A session that logged in on a site where the receptionists do not work: PASSIVE from the start. */
    static ConsoleSession loggedInWhereNobodyWorks() {
        ConsoleSession desk = loggedOutWhereNobodyWorks();
        ok(desk, Attempt.logIn(1, false));
        return desk;
    }

    static void ring(ConsoleSession desk, CallId call) {
        ok(desk, Attempt.of(ConsoleTrigger.RINGING).withFacts(caller(call)));
    }

    static void talk(ConsoleSession desk, CallId call) {
        ring(desk, call);
        ok(desk, Attempt.about(ConsoleTrigger.ANSWERED, call));
    }

    static void hold(ConsoleSession desk, CallId call) {
        talk(desk, call);
        ok(desk, Attempt.command(ConsoleTrigger.HOLD, 4).onCall(call));
        ok(desk, Attempt.about(ConsoleTrigger.HELD, call));
    }

    static void dial(ConsoleSession desk, LineNo line, CallId call) {
        ok(desk, Attempt.command(ConsoleTrigger.DIAL, 5).onLine(line).withFacts(CallFacts.of(call)).withArgument("204"));
    }

    static Step ok(ConsoleSession desk, Attempt attempt) {
        Step step = desk.fire(attempt);
        if (!step.moved()) {
            throw new IllegalStateException(attempt + ": " + step.rejection().orElseThrow());
        }
        return step;
    }
}
