package org.switchboard.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.console.model.Attempt;
import org.switchboard.console.model.ConsoleDuty;
import org.switchboard.console.model.ConsoleSession;
import org.switchboard.console.model.ConsoleSettings;
import org.switchboard.console.model.ConsoleState;
import org.switchboard.console.model.ConsoleTrigger;
import org.switchboard.console.model.Receptionist;
import org.switchboard.console.model.SessionId;
import org.switchboard.console.model.Step;
import org.switchboard.protocol.SiteUpdate;

/**
 * How the sessions learn the site's console duty and what their clients hear of it: a SITE update right after log
 * in and on each change, only for a client that asked; a logged-out session only notes the duty for its next log in.
 */
class DeskDutyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);
    private static final ConsoleDuty FENCED = new ConsoleDuty(false, "the primary is fenced: SMITH set");
    private static final ConsoleDuty ACTIVITY = new ConsoleDuty(true, "activity detected on secondary-b: call 17.4");

    private final List<Attempt> fired = new ArrayList<>();
    private final DeskDuty duty = new DeskDuty("secondary-b", SiteUpdate.Role.SECONDARY, this::fire);
    private final PushedUpdates client = new PushedUpdates();

    @Test
    void aClientThatAskedHearsWhereToWorkAfterLogInAndOnEachChange() {
        Desk desk = loggedIn(true);

        duty.tellAfterLogIn(desk);
        duty.changed(FENCED);
        duty.apply(desk);
        duty.apply(desk);
        duty.changed(ACTIVITY);
        duty.apply(desk);

        assertThat(client.of(SiteUpdate.class)).extracting(SiteUpdate::active, SiteUpdate::reason).containsExactly(
                tuple(true, ConsoleDuty.UNDECIDED.reason()),
                tuple(false, FENCED.reason()),
                tuple(true, ACTIVITY.reason()));
        assertThat(client.of(SiteUpdate.class)).allSatisfy(site -> {
            assertThat(site.site()).isEqualTo("secondary-b");
            assertThat(site.role()).isEqualTo(SiteUpdate.Role.SECONDARY);
            assertThat(site.session()).isEqualTo(desk.id());
        });
        assertThat(fired).extracting(Attempt::trigger).containsExactly(
                ConsoleTrigger.SITE_PASSIVE,
                ConsoleTrigger.SITE_ACTIVE);
        assertThat(desk.session().state()).isEqualTo(ConsoleState.IDLE);
    }

    @Test
    void aClientThatDidNotAskHearsNoSiteUpdate_butItsSessionGoesPassive() {
        Desk desk = loggedIn(false);

        duty.tellAfterLogIn(desk);
        duty.changed(FENCED);
        duty.apply(desk);

        assertThat(client.of(SiteUpdate.class)).isEmpty();
        assertThat(desk.session().state()).isEqualTo(ConsoleState.PASSIVE);
    }

    @Test
    void aLoggedOutSessionOnlyNotesTheDuty_andItsNextLogInIsPassive() {
        Desk desk = desk();
        duty.changed(FENCED);

        duty.apply(desk);

        assertThat(fired).isEmpty();
        assertThat(desk.session().state()).isEqualTo(ConsoleState.LOGGED_OUT);
        desk.session().fire(Attempt.logIn(1, false));
        assertThat(desk.session().state()).isEqualTo(ConsoleState.PASSIVE);
    }

    @Test
    void beforeAnyDutyIsHeard_theSessionWorksHere() {
        Desk desk = loggedIn(true);

        duty.apply(desk);

        assertThat(duty.now()).isEqualTo(ConsoleDuty.UNDECIDED);
        assertThat(fired).isEmpty();
        assertThat(client.of(SiteUpdate.class)).singleElement().satisfies(site -> assertThat(site.active()).isTrue());
    }

    private Step fire(Desk desk, Attempt attempt) {
        fired.add(attempt);
        return desk.session().fire(attempt);
    }

    private Desk loggedIn(boolean wantsSite) {
        Desk desk = desk();
        desk.session().fire(Attempt.logIn(1, false));
        desk.link(client);
        desk.wantsSite(wantsSite);
        return desk;
    }

    private static Desk desk() {
        Receptionist anna = new Receptionist("anna", "Anna Reception", "PJSIP/201", "201", "PersonalQueue201",
                List.of("GeneralQueue"), true);
        ConsoleSession session = new ConsoleSession(SessionId.random(), "anna", "Anna Reception",
                ConsoleSettings.from(key -> null).supervision(), CLOCK);
        return new Desk(session, anna, call -> null);
    }
}
