package org.switchboard.sip.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.console.CommandVerdict;
import org.switchboard.protocol.ConsoleMediaTypes;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.LineNo;
import org.switchboard.sip.SipDispatcher;

class ConsoleCommandsTest {

    private static final String HOLD = "{\"command\":\"HOLD\",\"seq\":7,\"line\":1}";

    private final ConsoleEndpoint server = new ConsoleEndpoint();
    private ConsoleClient client;

    @BeforeEach
    void logIn() throws Exception {
        client = server.loggedIn("anna");
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.close();
    }

    @Test
    void givenTheDeskAccepts_whenACommandOfTheSession_then200AndTheDeskGotItOffTheStacksThread() {
        SipText answer = client.command(HOLD);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(server.desk.submitted).hasSize(1);
        assertThat(server.desk.submitted.get(0).sessionId()).isEqualTo("s-anna");
        assertThat(server.desk.submitted.get(0).command()).isEqualTo(new ConsoleCommand.Hold(7, LineNo.ONE));
        assertThat(server.desk.submitted.get(0).thread()).doesNotContain("EventScanner");
    }

    @Test
    void givenTheDeskSaysNotAllowed_whenACommand_then403WithTheDesksReason() {
        server.desk.verdicts = (session, command) -> CompletableFuture.completedFuture(
                new CommandVerdict.NotAllowed("HOLD is not allowed in IDLE"));

        SipText answer = client.command(HOLD);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.reason()).isEqualTo("HOLD is not allowed in IDLE");
    }

    @Test
    void givenTheDeskSaysInvalid_whenACommand_then400WithTheDesksReason() {
        server.desk.verdicts = (session, command) -> CompletableFuture.completedFuture(
                new CommandVerdict.Invalid("no call on line 1"));

        assertThat(client.command(HOLD).reason()).isEqualTo("no call on line 1");
    }

    @Test
    void givenTheDeskSaysUnknownSession_whenACommand_then481() {
        server.desk.verdicts = (session, command) -> CompletableFuture.completedFuture(
                new CommandVerdict.UnknownSession("session s-anna has ended"));

        SipText answer = client.command(HOLD);

        assertThat(answer.status()).isEqualTo(481);
        assertThat(answer.reason()).isEqualTo("session s-anna has ended");
    }

    @Test
    void whenACommandNamesASessionTheServerDoesNotKnow_then481AndTheDeskIsNotAsked() {
        SipText answer = client.send("MESSAGE", ConsoleMediaTypes.COMMAND, HOLD, "Switchboard-Session: s-nobody");

        assertThat(answer.status()).isEqualTo(481);
        assertThat(answer.reason()).isEqualTo("unknown or ended console session");
        assertThat(server.desk.submitted).isEmpty();
    }

    @Test
    void whenACommandNamesNoSession_then481() {
        SipText answer = client.send("MESSAGE", ConsoleMediaTypes.COMMAND, HOLD);

        assertThat(answer.status()).isEqualTo(481);
        assertThat(answer.reason()).isEqualTo("no console session named: log in first");
    }

    @Test
    void whenAnotherConnectionUsesTheSessionId_then481AndTheDeskIsNotAsked() throws Exception {
        try (ConsoleClient intruder = new ConsoleClient(server.port)) {
            SipText answer = intruder.send("MESSAGE", ConsoleMediaTypes.COMMAND, HOLD, "Switchboard-Session: s-anna");

            assertThat(answer.status()).isEqualTo(481);
            assertThat(answer.reason()).isEqualTo("the console session is on another connection: log in again");
            assertThat(server.desk.submitted).isEmpty();
        }
    }

    @Test
    void whenTheBodyIsNotJson_then400AndTheDeskIsNotAsked() {
        SipText answer = client.command("HOLD line 1 please");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(server.desk.submitted).isEmpty();
    }

    @Test
    void whenTheCommandIsUnknown_then400NamingIt() {
        SipText answer = client.command("{\"command\":\"FLY\",\"seq\":3}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.reason()).isEqualTo("unknown command FLY");
    }

    @Test
    void whenTheBodyTypeIsNotTheCommandType_then415ListingTheCommandType() {
        SipText answer = client.send("MESSAGE", "text/plain", "HOLD", "Switchboard-Session: s-anna");

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.all("Accept")).containsExactly(ConsoleMediaTypes.COMMAND);
        assertThat(server.desk.submitted).isEmpty();
    }

    @Test
    void whenTheCommandTypeHasACharsetParameter_thenItIsTaken() {
        SipText answer = client.send("MESSAGE", ConsoleMediaTypes.COMMAND + ";charset=utf-8", HOLD,
                "Switchboard-Session: s-anna");

        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void givenTheDeskThrows_whenACommand_thenExactlyOne500AndTheConnectionServesOn() {
        server.desk.verdicts = (session, command) -> {
            throw new IllegalStateException("desk bug");
        };

        SipText failed = client.command(HOLD);
        SipText next = client.options();

        assertThat(failed.status()).isEqualTo(500);
        assertThat(next.status()).isEqualTo(200);
        assertThat(client.unclaimedResponses()).isEmpty();
    }

    @Test
    void givenTheDeskNeverGivesAVerdict_thenExactlyOne500AfterTheDeadline_andTheDesksFutureIsLeftAlone() {
        CompletableFuture<CommandVerdict> never = new CompletableFuture<>();
        server.desk.verdicts = (session, command) -> never;

        long number = client.sendOnly("MESSAGE", ConsoleMediaTypes.COMMAND, HOLD, "Switchboard-Session: s-anna");
        SipText failed = client.awaitResponse(number, Duration.ofSeconds(SipDispatcher.OUTCOME_DEADLINE_SECONDS + 10));
        SipText next = client.options();

        assertThat(failed.status()).isEqualTo(500);
        assertThat(next.status()).isEqualTo(200);
        assertThat(client.unclaimedResponses()).isEmpty();
        assertThat(never).isNotDone();
    }

    @Test
    void givenTheDesksVerdictFails_whenACommand_thenExactlyOne500() {
        server.desk.verdicts = (session, command) -> CompletableFuture.failedFuture(new IllegalStateException("lost"));

        SipText failed = client.command(HOLD);
        SipText next = client.options();

        assertThat(failed.status()).isEqualTo(500);
        assertThat(next.status()).isEqualTo(200);
        assertThat(client.unclaimedResponses()).isEmpty();
    }
}
