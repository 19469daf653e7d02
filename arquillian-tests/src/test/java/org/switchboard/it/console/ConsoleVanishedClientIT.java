package org.switchboard.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.scripted.LiveOffice;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.LineNo;
import org.switchboard.queue.model.Queue;
import org.switchboard.queue.model.QueueMember;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * A console that vanishes (it stops answering the server's updates and sends no keep-alive) is logged out within
 * a bounded time: its phone stays in its queues but paused, the operators' JMX check finds the sessions and the
 * queues in agreement, and the receptionist can log in again at once. The test server runs with a short answer
 * timeout (see the h2 execution in the pom).
 */
class ConsoleVanishedClientIT extends ReceptionJourney {

    /** The answer timeout of the test server, the check's period (1 s) and room for a busy machine. */
    private static final Duration BOUND = Duration.ofSeconds(2 + 1 + 5);

    @Test
    void aClientThatStopsAnswering_isLoggedOutInBoundedTime_withItsPhonePausedInItsQueues() throws Exception {
        String login = reception.receptionist("202");
        ConsoleTestClient gone = reception.loggedIn(login, false);
        Await.until("her phone an available member", () -> member("PersonalQueue202")
                .filter(m -> !m.paused()).isPresent(), ConsoleTestClient.PATIENCE);
        assertThat(sessionState(login)).contains("IDLE");

        gone.answering(false);
        long vanished = System.nanoTime();
        reception.office.phone("203").dials("204");

        Await.until("her session logged out", () -> sessionState(login).filter("LOGGED_OUT"::equals).isPresent(),
                BOUND);
        assertThat(Duration.ofNanos(System.nanoTime() - vanished)).isLessThan(BOUND);
        Await.until("her phone paused in both queues", () -> member("PersonalQueue202").filter(QueueMember::paused)
                .isPresent() && member("GeneralQueue").filter(QueueMember::paused).isPresent(),
                ConsoleTestClient.PATIENCE);
        assertThat(checkQueues()).noneMatch(line -> line.contains(login));
        assertThat(sessionsOverJmx()).anySatisfy(line -> assertThat(line).contains(login).contains("LOGGED_OUT"));
        assertThat(gone.send(seq -> new org.switchboard.protocol.ConsoleCommand.Resync(seq)).status())
                .as("a command of the lost session").isEqualTo(481);

        ConsoleTestClient back = reception.loggedIn(login, false);
        assertThat(back.session()).isEqualTo(gone.session());
        Await.until("her phone available again", () -> member("PersonalQueue202").filter(m -> !m.paused())
                .isPresent(), ConsoleTestClient.PATIENCE);
        assertThat(checkQueues()).noneMatch(line -> line.contains(login));
    }

    @Test
    void aClientThatLosesItsLinkWhileTalking_findsTheCallOnItsLineWhenItLogsInAgain() {
        String login = reception.receptionist("202");
        ConsoleTestClient gone = reception.loggedIn(login, false);
        LiveOffice.Caller caller = reception.callAnsweredAt(gone, "202");

        gone.answering(false);
        reception.office.phone("203").dials("204");
        Await.until("her session logged out", () -> sessionState(login).filter("LOGGED_OUT"::equals).isPresent(),
                BOUND);
        assertThat(office.alive(caller.channel())).as("the caller still talking on her phone").isTrue();

        ConsoleTestClient back = reception.console();
        assertThat(back.logIn(login, Reception.PASSWORD, false).status()).isEqualTo(200);
        back.awaitState("the call on line 1 again, in conversation", Reception.in("CONVERSATION", LineNo.ONE,
                caller.callId(), "CONVERSATION"));
        Reception.accepted(back, seq -> new ConsoleCommand.Hold(seq, LineNo.ONE));
        back.awaitState("the call held", Reception.in("ON_HOLD", LineNo.ONE, caller.callId(), "ON_HOLD"));
        office.hangUp(caller);
        back.awaitState("idle, the call gone", Reception.idleWithout(caller.callId()));
    }

    private Optional<String> sessionState(String login) {
        return consoles.sessions().stream().filter(s -> s.login().equals(login)).map(s -> s.state()).findFirst();
    }

    private Optional<QueueMember> member(String queue) {
        return pbx.queue(queue).flatMap((Queue q) -> q.member("PJSIP/202"));
    }
}
