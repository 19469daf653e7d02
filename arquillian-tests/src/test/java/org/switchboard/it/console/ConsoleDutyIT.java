package org.switchboard.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.failover.ConsoleDutyChanged;
import org.switchboard.protocol.SiteUpdate;
import org.switchboard.queue.model.QueueMember;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * The consoles' side of the failover on one real server: the test fires {@code ConsoleDutyChanged} as the fencing
 * does, and a console over SIP that asked for SITE updates sees its site go passive and active again, its session
 * PASSIVE then IDLE, and its phone's membership on the scripted PBX follow (paused while the receptionists work on
 * the other site, available again when the duty comes back); the operators' JMX list shows the PASSIVE session.
 */
class ConsoleDutyIT extends ReceptionJourney {

    @Inject
    Event<ConsoleDutyChanged> duty;

    @AfterEach
    void dutyBackHere() {
        duty.fire(new ConsoleDutyChanged(true, "console-it", "the test is over"));
    }

    @Test
    void whenTheDutyLeavesAndComesBack_theSessionGoesPassiveThenIdle_andItsPhoneFollowsOnThePbx() throws Exception {
        String login = reception.receptionist("202");
        ConsoleTestClient console = reception.console();
        assertThat(console.logIn(login, Reception.PASSWORD, false, false, true).status()).isEqualTo(200);
        console.awaitState("idle after log in", state -> state.state().equals("IDLE"));
        SiteUpdate first = console.awaitSite("told to work here", SiteUpdate::active);
        Await.until("her phone available in her queues", () -> member("PersonalQueue202").filter(m -> !m.paused())
                .isPresent() && member("GeneralQueue").filter(m -> !m.paused()).isPresent(),
                ConsoleTestClient.PATIENCE);

        duty.fire(new ConsoleDutyChanged(false, "console-it", "the primary is fenced: SMITH set"));

        SiteUpdate passive = console.awaitSite("told to work on the other site", site -> !site.active());
        assertThat(passive.reason()).isEqualTo("the primary is fenced: SMITH set");
        assertThat(passive.site()).isEqualTo(first.site());
        assertThat(passive.seq()).isGreaterThan(first.seq());
        console.awaitState("passive", state -> state.state().equals("PASSIVE") && !state.paused());
        Await.until("her phone paused in both queues", () -> member("PersonalQueue202").filter(QueueMember::paused)
                .isPresent() && member("GeneralQueue").filter(QueueMember::paused).isPresent(),
                ConsoleTestClient.PATIENCE);
        assertThat(sessionsOverJmx()).anySatisfy(line -> assertThat(line).contains(login).contains("PASSIVE"));
        assertThat(checkQueues()).noneMatch(line -> line.contains(login));
        assertThat(console.send(seq -> new org.switchboard.protocol.ConsoleCommand.Pause(seq, Optional.empty()))
                .status()).as("no PAUSE while passive").isEqualTo(403);

        duty.fire(new ConsoleDutyChanged(true, "console-it", "activity detected on console-it"));

        console.awaitSite("told to work here again", SiteUpdate::active);
        console.awaitState("idle again", state -> state.state().equals("IDLE") && !state.paused());
        Await.until("her phone available again", () -> member("PersonalQueue202").filter(m -> !m.paused())
                .isPresent() && member("GeneralQueue").filter(m -> !m.paused()).isPresent(),
                ConsoleTestClient.PATIENCE);
        assertThat(checkQueues()).noneMatch(line -> line.contains(login));
    }

    @Test
    void aLogInWhereTheReceptionistsDoNotWork_opensAPassiveSession_thatWorksWhenTheDutyComes() {
        duty.fire(new ConsoleDutyChanged(false, "console-it", "the secondary saw no activity"));
        String login = reception.receptionist("201");
        ConsoleTestClient console = reception.console();

        assertThat(console.logIn(login, Reception.PASSWORD, true, false, true).status()).isEqualTo(200);

        console.awaitState("passive from the start", state -> state.state().equals("PASSIVE") && state.paused());
        assertThat(console.awaitSite("told to work on the other site", site -> !site.active()).reason())
                .isEqualTo("the secondary saw no activity");
        ConsoleTestClient plain = reception.console();
        String other = reception.receptionist("202");
        assertThat(plain.logIn(other, Reception.PASSWORD, false).status()).isEqualTo(200);
        plain.awaitState("passive too, without SITE updates", state -> state.state().equals("PASSIVE"));

        duty.fire(new ConsoleDutyChanged(true, "console-it", "activity detected"));

        console.awaitState("idle, paused as she asked", state -> state.state().equals("IDLE") && state.paused());
        console.awaitSite("told to work here", SiteUpdate::active);
        plain.awaitState("idle", state -> state.state().equals("IDLE"));
        assertThat(plain.updates()).noneMatch(SiteUpdate.class::isInstance);
        Await.until("her phone paused in her queues, as she asked", () -> pbx.queue("PersonalQueue201")
                .flatMap(q -> q.member("PJSIP/201")).filter(QueueMember::paused).isPresent(),
                ConsoleTestClient.PATIENCE);
    }

    private Optional<QueueMember> member(String queue) {
        return pbx.queue(queue).flatMap(q -> q.member("PJSIP/202"));
    }
}
