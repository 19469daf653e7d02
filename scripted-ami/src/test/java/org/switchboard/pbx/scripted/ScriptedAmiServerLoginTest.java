package org.switchboard.pbx.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScriptedAmiServerLoginTest {

    private static final AmiAccount ACCOUNT = AmiAccount.of("console", "console-secret");
    private final ScriptedAmiServer server = ScriptedAmiServer.start(ACCOUNT);

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void givenMd5Challenge_whenLoginWithKey_thenAcceptedAndFullyBooted() throws IOException {
        try (AmiClient client = AmiClient.connect(server)) {
            AmiMessage challenge = client.ask(AmiMessage.of("Action", "Challenge", "AuthType", "MD5"));
            String key = Login.md5Hex(challenge.getOr("Challenge", "") + "console-secret");

            AmiMessage login = client.ask(AmiMessage.of("Action", "Login", "AuthType", "MD5",
                    "Username", "console", "Key", key, "Events", "on"));

            assertThat(client.greeting()).isEqualTo("Asterisk Call Manager/9.0.0");
            assertThat(challenge.get("Challenge")).hasValueSatisfying(c -> assertThat(c).matches("\\d{9}"));
            assertThat(login.get("Message")).contains("Authentication accepted");
            assertThat(client.nextEvent("FullyBooted").get("Status")).contains("Fully Booted");
            assertThat(server.awaitLogins(1, AmiClient.PATIENCE)).isTrue();
        }
    }

    @Test
    void givenPlainSecret_whenLogin_thenAcceptedAndActionIdEchoed() throws IOException {
        try (AmiClient client = AmiClient.connect(server)) {
            String id = client.send(AmiMessage.of("Action", "Login", "Username", "console", "Secret", "console-secret"));

            AmiMessage response = client.responseTo(id);

            assertThat(response.get("Response")).contains("Success");
            assertThat(response.get("ActionID")).contains(id);
        }
    }

    @Test
    void givenWrongSecret_whenLogin_thenAuthenticationFailedAndConnectionClosed() throws IOException {
        try (AmiClient client = AmiClient.connect(server)) {
            AmiMessage response = client.ask(AmiMessage.of("Action", "Login", "Username", "console", "Secret", "nope"));

            assertThat(response.get("Response")).contains("Error");
            assertThat(response.get("Message")).contains("Authentication failed");
            assertThat(client.closedByServer()).isTrue();
            assertThat(server.logins()).isZero();
        }
    }

    @Test
    void givenKeyWithoutChallenge_whenLogin_thenRefused() throws IOException {
        try (AmiClient client = AmiClient.connect(server)) {
            AmiMessage response = client.ask(AmiMessage.of("Action", "Login", "AuthType", "MD5",
                    "Username", "console", "Key", Login.md5Hex("123console-secret")));

            assertThat(response.get("Message")).contains("Authentication failed");
        }
    }

    @Test
    void givenNotLoggedIn_whenPing_thenPermissionDenied() throws IOException {
        try (AmiClient client = AmiClient.connect(server)) {
            AmiMessage response = client.ask(AmiMessage.of("Action", "Ping"));

            assertThat(response.get("Message")).contains("Permission denied");
        }
    }

    @Test
    void givenLoggedIn_whenPingUnknownAndLogoff_thenPongErrorAndGoodbye() throws IOException {
        try (AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            AmiMessage pong = client.ask(AmiMessage.of("Action", "Ping"));
            AmiMessage unknown = client.ask(AmiMessage.of("Action", "MakeCoffee"));
            AmiMessage goodbye = client.ask(AmiMessage.of("Action", "Logoff"));

            assertThat(pong.get("Ping")).contains("Pong");
            assertThat(unknown.get("Response")).contains("Error");
            assertThat(unknown.get("Message"))
                    .contains("Invalid/unknown command: MakeCoffee. Use Action: ListCommands to show available commands.");
            assertThat(goodbye.get("Response")).contains("Goodbye");
            assertThat(client.closedByServer()).isTrue();
        }
    }

    @Test
    void givenMalformedLines_whenSent_thenErrorAndTheConnectionStillWorks() throws IOException {
        try (AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            client.sendRaw("this line has no colon\r\nActionID: junk-1\r\n\r\n");
            AmiMessage error = client.responseTo("junk-1");
            client.sendRaw("\r\n\r\nNoAction: here\r\nActionID: junk-2\r\n\r\n");
            AmiMessage missing = client.responseTo("junk-2");

            AmiMessage pong = client.ask(AmiMessage.of("Action", "Ping"));

            assertThat(error.get("Response")).contains("Error");
            assertThat(error.get("Message")).hasValueSatisfying(m -> assertThat(m).contains("Malformed line"));
            assertThat(missing.get("Message")).contains("Missing action in request");
            assertThat(pong.get("Ping")).contains("Pong");
        }
    }

    @Test
    void givenCoreActions_whenAsked_thenAsterisk20Answers() throws IOException {
        try (AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            AmiMessage settings = client.ask(AmiMessage.of("Action", "CoreSettings"));
            AmiMessage status = client.ask(AmiMessage.of("Action", "CoreStatus"));
            AmiMessage version = client.ask(AmiMessage.of("Action", "Command", "Command", "core show version"));
            AmiMessage events = client.ask(AmiMessage.of("Action", "Events", "EventMask", "off"));

            assertThat(settings.get("AsteriskVersion")).contains("20.20.1");
            assertThat(settings.get("AMIversion")).contains("9.0.0");
            assertThat(status.get("CoreCurrentCalls")).contains("0");
            assertThat(version.get("Output")).hasValueSatisfying(o -> assertThat(o).startsWith("Asterisk 20.20.1 "));
            assertThat(events.get("Events")).contains("Off");
        }
    }

    @Test
    void givenControlAction_whenSent_thenSuccessAndRecorded() throws IOException {
        try (AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            AmiMessage response = client.ask(AmiMessage.of("Action", "Originate", "Channel", "PJSIP/201",
                    "Exten", "204", "Context", "internal", "Async", "true"));

            assertThat(response.get("Message")).contains("Originate successfully queued");
            assertThat(server.awaitAction("originate", Duration.ofSeconds(1)))
                    .hasValueSatisfying(a -> assertThat(a.get("Exten")).contains("204"));
            assertThat(server.actions()).extracting(AmiMessage::type).containsExactly("Login", "Originate");
        }
    }

    @Test
    void givenHandler_whenActionArrives_thenItsReactionIsAnsweredAndEmitted() throws IOException {
        server.onAction("Originate", (action, standard) -> standard.thenEmit(AmiMessage.of(
                "Event", "OriginateResponse", "ActionID", action.getOr("ActionID", ""), "Response", "Success",
                "Channel", action.getOr("Channel", ""))));
        try (AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            String id = client.send(AmiMessage.of("Action", "Originate", "Channel", "PJSIP/201"));

            assertThat(client.responseTo(id).get("Response")).contains("Success");
            assertThat(client.nextEvent("OriginateResponse").get("ActionID")).contains(id);
        }
    }

    @Test
    void givenFilter_whenEventsEmitted_thenOnlyMatchingOnesArrive() throws IOException {
        try (AmiClient client = AmiClient.loggedIn(server, ACCOUNT)) {
            client.ask(AmiMessage.of("Action", "Filter", "Operation", "Add", "Filter", "Event: Hangup"));

            server.emit(AmiMessage.of("Event", "VarSet", "Variable", "X"));
            server.emit(AmiMessage.of("Event", "Hangup", "Uniqueid", "1.1"));

            assertThat(client.next().type()).isEqualTo("Hangup");
        }
    }
}
