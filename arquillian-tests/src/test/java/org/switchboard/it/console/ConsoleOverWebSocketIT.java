package org.switchboard.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.it.console.Reception.in;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.scripted.LiveOffice;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.LineNo;
import org.switchboard.protocol.StateUpdate;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * A receptionist's console over the SIP WebSocket at {@code /sip/ws} (RFC 7118), as the browser's console connects,
 * through the JDK's WebSocket client: the same digest log in, the same session with its STATE updates answered
 * over the WebSocket, commands, log out; and a WebSocket that drops without a close frame loses the link at once,
 * as a dropped TCP connection does.
 */
class ConsoleOverWebSocketIT extends ReceptionJourney {

    @Test
    void aConsoleOverTheWebSocket_logsInWithDigest_followsAQueuedCall_holdsIt_andLogsOut() {
        String login = reception.receptionist("201");
        ConsoleTestClient console = reception.loggedInOverWebSocket(login);
        assertThat(console.session()).isPresent();
        assertThat(console.state().map(StateUpdate::session)).isEqualTo(console.session());
        assertThat(sessionState(login)).contains("IDLE");

        LiveOffice.Caller caller = reception.callAnsweredAt(console, "201");
        Reception.accepted(console, seq -> new ConsoleCommand.Hold(seq, LineNo.ONE));
        console.awaitState("the call on hold on line 1", in("ON_HOLD", LineNo.ONE, caller.callId(), "ON_HOLD"));

        assertThat(console.send(seq -> new ConsoleCommand.LogOut(seq)).status()).isEqualTo(200);
        console.awaitState("logged out", update -> update.loggedOut().isPresent());
        assertThat(sessionState(login)).contains("LOGGED_OUT");
        assertThat(console.gaps()).isZero();
    }

    @Test
    void aWrongPasswordOverTheWebSocket_isRefused403_likeOverTcp() {
        String login = reception.receptionist("202");
        ConsoleTestClient console = reception.consoleOverWebSocket();

        ConsoleTestClient.Answer answer = console.logIn(login, "not-" + Reception.PASSWORD);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.reason()).isEqualTo("wrong login or password");
    }

    @Test
    void aWebSocketThatDropsWithoutAWord_losesItsLinkAtOnce_andTheReceptionistLogsInAgain() {
        String login = reception.receptionist("202");
        ConsoleTestClient gone = reception.loggedInOverWebSocket(login);
        long vanished = System.nanoTime();

        gone.vanish();

        Await.until("her session logged out", () -> sessionState(login).filter("LOGGED_OUT"::equals).isPresent(),
                ConsoleTestClient.PATIENCE);
        // a dropped connection is reported at once, well before the keep-alive or the answer timeout would notice
        assertThat(Duration.ofNanos(System.nanoTime() - vanished)).isLessThan(Duration.ofSeconds(5));
        ConsoleTestClient back = reception.loggedInOverWebSocket(login);
        assertThat(back.session()).isEqualTo(gone.session());
    }

    private Optional<String> sessionState(String login) {
        return consoles.sessions().stream().filter(s -> s.login().equals(login)).map(s -> s.state()).findFirst();
    }
}
