package org.switchboard.sip.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.protocol.ConsoleMediaTypes;
import org.switchboard.sip.digest.LogInThrottle;
import org.switchboard.sip.digest.Nonces;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.logging.CapturedLog;
import org.switchboard.testkit.logging.LogCapture;
import org.switchboard.testkit.sip.SipReply;
import org.switchboard.testkit.sip.SipTarget;
import org.switchboard.testkit.sip.SipTestAgent;
import org.switchboard.testkit.sip.SipTransport;

class ConsoleLogInTest {

    private static final String LOG_IN = "{\"command\":\"LOG_IN\",\"seq\":1}";

    private final ConsoleEndpoint server = new ConsoleEndpoint();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void givenNoCredentials_whenLogIn_then401WithSha256ThenMd5Challenges() throws Exception {
        try (ConsoleClient client = new ConsoleClient(server.port)) {
            SipText challenge = client.send("MESSAGE", ConsoleMediaTypes.COMMAND, LOG_IN);

            assertThat(challenge.status()).isEqualTo(401);
            List<String> challenges = challenge.all("WWW-Authenticate");
            assertThat(challenges).hasSize(2);
            assertThat(challenges.get(0)).startsWith("Digest").contains("algorithm=SHA-256");
            assertThat(challenges.get(1)).as("MD5 last: JsSIP 3.13, the browser console's SIP library, keeps only "
                    + "the last WWW-Authenticate of a response and speaks only MD5").contains("algorithm=MD5");
            for (String www : challenges) {
                assertThat(ConsoleClient.param(www, "realm")).isEqualTo("switchboard");
                assertThat(ConsoleClient.param(www, "qop")).isEqualTo("auth");
                assertThat(ConsoleClient.param(www, "nonce")).isNotBlank();
                assertThat(ConsoleClient.param(www, "opaque")).isNotBlank();
                assertThat(ConsoleClient.param(www, "stale")).isNull();
            }
            assertThat(server.desk.links).isEmpty();
        }
    }

    @Test
    void givenRightSha256Credentials_whenLogInAfterTheChallenge_then200NamingTheSession() throws Exception {
        server.account("anna", "secret-1");
        try (ConsoleClient client = new ConsoleClient(server.port)) {
            SipText answer = client.logIn("anna", "secret-1", "SHA-256");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("Switchboard-Session")).hasValue("s-anna");
            assertThat(server.desk.links).containsKey("s-anna");
            assertThat(server.desk.link("s-anna").describe()).isEqualTo("tcp 127.0.0.1:" + client.localPort());
        }
    }

    @Test
    void whenASessionOpens_thenItsLogLineCarriesTheSessionTheUserAndTheSipCallId() throws Exception {
        server.account("anna", "secret-1");
        try (ConsoleClient client = new ConsoleClient(server.port);
                LogCapture log = LogCapture.of("org.switchboard.sip.console")) {
            SipText answer = client.logIn("anna", "secret-1", "SHA-256");

            List<CapturedLog> opened = log.matching(r -> r.message().contains("SWB9104"));
            assertThat(opened).hasSize(1);
            assertThat(opened.get(0).mdc("session")).isEqualTo("s-anna");
            assertThat(opened.get(0).mdc("user")).isEqualTo("anna");
            assertThat(opened.get(0).mdc("sip")).isEqualTo(answer.header("Call-ID").orElseThrow());
        }
    }

    @Test
    void givenRightMd5Credentials_whenLogIn_then200() throws Exception {
        server.account("bert", "secret-2");
        try (ConsoleClient client = new ConsoleClient(server.port)) {
            assertThat(client.logIn("bert", "secret-2", "MD5").status()).isEqualTo(200);
        }
    }

    @Test
    void givenAWrongPassword_whenLogIn_then403AndOneWarningNamingSourceAndLoginButNoSecret() throws Exception {
        server.account("anna", "secret-1");
        try (ConsoleClient client = new ConsoleClient(server.port);
                LogCapture log = LogCapture.of("org.switchboard.sip.console")) {
            SipText answer = client.logIn("anna", "wrong-guess", "SHA-256");

            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.reason()).isEqualTo("wrong login or password");
            List<CapturedLog> warnings = log.matching(r -> r.level().equals("WARN"));
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0).message()).contains("SWB9101").contains("127.0.0.1").contains("'anna'")
                    .doesNotContain("wrong-guess");
            assertThat(server.transport.failedLogIns()).isEqualTo(1);
            assertThat(server.desk.links).isEmpty();
        }
    }

    @Test
    void givenAnUnknownLogin_whenLogIn_then403WithTheSameReasonAsAWrongPassword() throws Exception {
        try (ConsoleClient client = new ConsoleClient(server.port)) {
            SipText answer = client.logIn("nobody", "whatever", "SHA-256");

            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.reason()).isEqualTo("wrong login or password");
        }
    }

    @Test
    void givenFiveFailuresWithinAMinute_whenTheRightPasswordComes_thenRefusedUnchecked_untilTheBlockEnds() throws Exception {
        server.account("anna", "secret-1");
        try (ConsoleClient client = new ConsoleClient(server.port)) {
            for (int i = 0; i < LogInThrottle.FAILURES; i++) {
                assertThat(client.logIn("anna", "guess-" + i, "SHA-256").reason()).isEqualTo("wrong login or password");
            }

            SipText blocked = client.send("MESSAGE", ConsoleMediaTypes.COMMAND, LOG_IN);
            assertThat(blocked.status()).isEqualTo(403);
            assertThat(blocked.reason()).isEqualTo("too many failed log ins, retry later");
            assertThat(client.logIn("anna", "secret-1", "SHA-256").reason()).isEqualTo("too many failed log ins, retry later");
            assertThat(server.transport.failedLogIns()).isEqualTo(LogInThrottle.FAILURES);

            server.clock.advance(LogInThrottle.FIRST_BLOCK.plusSeconds(1));
            assertThat(client.logIn("anna", "secret-1", "SHA-256").status()).isEqualTo(200);
        }
    }

    @Test
    void givenAStaleNonce_whenTheRightCredentialsCome_then401WithStaleTrue() throws Exception {
        server.account("anna", "secret-1");
        try (ConsoleClient client = new ConsoleClient(server.port)) {
            String callId = java.util.UUID.randomUUID().toString();
            SipText challenge = client.exchange("MESSAGE", callId, ConsoleMediaTypes.COMMAND, LOG_IN, List.of());
            server.clock.advance(Nonces.LIFETIME.plusSeconds(1));

            SipText again = client.exchange("MESSAGE", callId, ConsoleMediaTypes.COMMAND, LOG_IN,
                    List.of("Authorization: " + client.authorization(challenge, "SHA-256", "anna", "secret-1", 1)));

            assertThat(again.status()).isEqualTo(401);
            assertThat(ConsoleClient.param(again.all("WWW-Authenticate").get(0), "stale")).isEqualTo("true");
            assertThat(server.transport.failedLogIns()).isZero();
        }
    }

    @Test
    void givenAReplayedNonceCount_whenLogInAgain_then403() throws Exception {
        server.account("anna", "secret-1");
        try (ConsoleClient client = new ConsoleClient(server.port)) {
            String callId = java.util.UUID.randomUUID().toString();
            SipText challenge = client.exchange("MESSAGE", callId, ConsoleMediaTypes.COMMAND, LOG_IN, List.of());
            String authorization = "Authorization: " + client.authorization(challenge, "SHA-256", "anna", "secret-1", 1);
            assertThat(client.exchange("MESSAGE", callId, ConsoleMediaTypes.COMMAND, LOG_IN, List.of(authorization))
                    .status()).isEqualTo(200);

            SipText replay = client.exchange("MESSAGE", callId, ConsoleMediaTypes.COMMAND, LOG_IN, List.of(authorization));

            assertThat(replay.status()).isEqualTo(403);
        }
    }

    @Test
    void whenLogInOverUdp_then403NamingTheStreamTransportNeeded() {
        server.account("anna", "secret-1");
        try (SipTestAgent agent = SipTestAgent.start()) {
            SipReply reply = agent.request("MESSAGE", SipTarget.local(server.port), SipTransport.UDP,
                    ConsoleMediaTypes.COMMAND, LOG_IN);

            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.reason()).isEqualTo("console sessions need a stream transport (TCP or WebSocket)");
        }
    }

    @Test
    void givenTheDeskRefuses_whenLogIn_then403WithTheDesksReason() throws Exception {
        server.account("anna", "secret-1");
        server.desk.refusal = "no phone configured for anna";
        try (ConsoleClient client = new ConsoleClient(server.port)) {
            SipText answer = client.logIn("anna", "secret-1", "SHA-256");

            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.reason()).isEqualTo("no phone configured for anna");
            assertThat(server.transport.openLinks()).isZero();
        }
    }

    @Test
    void givenTheClientGoesWhileItsLogInIsTaken_thenTheDeskHearsTheNewSessionsLinkIsLost() throws Exception {
        server.account("anna", "secret-1");
        ConsoleClient client = new ConsoleClient(server.port);
        String callId = java.util.UUID.randomUUID().toString();
        SipText challenge = client.exchange("MESSAGE", callId, ConsoleMediaTypes.COMMAND, LOG_IN, List.of());
        server.desk.duringLogIn = () -> {
            try {
                client.close();
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            Await.until("the server to see the connection close", () -> server.transport.openLinks() == 0, PATIENCE);
        };

        client.write(client.request("MESSAGE", callId, 2, ConsoleMediaTypes.COMMAND, LOG_IN,
                List.of("Authorization: " + client.authorization(challenge, "SHA-256", "anna", "secret-1", 1))));

        Await.until("the desk to hear the link is lost", () -> !server.desk.lost.isEmpty(), PATIENCE);
        assertThat(server.desk.lost).containsExactly(new TestDesk.Lost("s-anna", "connection closed"));
    }

    static final Duration PATIENCE = ConsoleClient.PATIENCE;
}
