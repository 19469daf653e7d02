package org.switchboard.sip.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.switchboard.presence.model.UserId;
import org.switchboard.sip.digest.Nonces;
import org.switchboard.testkit.logging.CapturedLog;
import org.switchboard.testkit.logging.LogCapture;
import org.switchboard.testkit.sip.AgentDialog;
import org.switchboard.testkit.sip.DigestAnswer;
import org.switchboard.testkit.sip.SipReply;
import org.switchboard.testkit.sip.SipTestAgent;
import org.switchboard.testkit.sip.SipTransport;

/**
 * SIP digest of SUBSCRIBE and PUBLISH over real sockets, UDP and TCP, with the production settings: who may watch
 * (any account: a receptionist by her login, a colleague by her presence account), who may publish (an account for
 * its own user only), and how a request without, with stale or with wrong credentials is answered.
 */
class PresenceAuthenticationTest {

    private static final Map<String, String> PRESENCE = Map.of("Event", "presence", "Accept", PidfCodec.MEDIA_TYPE,
            "Expires", "600");

    private final PresenceEndpoint server = new PresenceEndpoint().account("desk1", "201").account("7001", "7001");
    private final SipTestAgent agent = SipTestAgent.start();

    @AfterEach
    void stop() {
        agent.close();
        server.close();
    }

    private SipReply subscribe(String user, SipTransport transport) {
        return agent.request("SUBSCRIBE", user, server.target(), transport, PRESENCE, null, null);
    }

    private SipReply publish(String user, SipTransport transport) {
        String pidf = "<?xml version=\"1.0\"?><presence xmlns=\"urn:ietf:params:xml:ns:pidf\" entity=\"sip:" + user
                + "@127.0.0.1\"><tuple id=\"t\"><status><basic>open</basic></status></tuple></presence>";
        return agent.request("PUBLISH", user, server.target(), transport, Map.of("Event", "presence", "Expires", "600"),
                PidfCodec.MEDIA_TYPE, pidf);
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aSubscribeWithoutCredentials_isChallenged401_withAnMd5DigestOfTheRealm_andWatchesNobody(
            SipTransport transport) {
        SipReply answer = subscribe("202", transport);

        assertThat(answer.status()).isEqualTo(401);
        List<String> challenges = answer.headers().values("WWW-Authenticate");
        assertThat(challenges).singleElement().satisfies(challenge -> assertThat(challenge)
                .startsWith("Digest ").contains("realm=\"" + PresenceEndpoint.REALM + "\"").contains("qop=\"auth\"")
                .contains("algorithm=MD5").doesNotContain("stale"));
        assertThat(server.presence.subscriptions()).isZero();
        assertThat(server.desk.watchersOf(new UserId("202"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aColleaguesPresenceAccount_andAReceptionistsLogin_mayEachWatchAnyUser(SipTransport transport) {
        agent.answerChallengesAs("7001", PresenceEndpoint.PASSWORD);
        SipReply colleague = subscribe("202", transport);
        agent.answerChallengesAs("desk1", PresenceEndpoint.PASSWORD);
        SipReply receptionist = subscribe("7002", transport);

        assertThat(colleague.status()).isEqualTo(200);
        assertThat(receptionist.status()).isEqualTo(200);
        assertThat(server.presence.subscriptions()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aWrongPassword_isRefused403_andLoggedOnceWithTheSipCallId(SipTransport transport) {
        agent.answerChallengesAs("desk1", "not her password");
        try (LogCapture log = LogCapture.of("org.switchboard.sip.presence")) {
            SipReply answer = subscribe("202", transport);

            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.reason()).isEqualTo("wrong login or password");
            String callId = answer.header("Call-ID").orElseThrow();
            List<CapturedLog> refused = log.matching(record -> record.message().contains("SWB9307"));
            assertThat(refused).singleElement().satisfies(record -> {
                assertThat(record.mdc("sip")).isEqualTo(callId);
                assertThat(record.message()).contains("'desk1'").contains("wrong password")
                        .doesNotContain("not her password");
            });
        }
        assertThat(server.presence.subscriptions()).isZero();
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void anUnknownLogin_isRefused403(SipTransport transport) {
        agent.answerChallengesAs("7002", PresenceEndpoint.PASSWORD);

        SipReply answer = subscribe("202", transport);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.reason()).isEqualTo("wrong login or password");
    }

    @Test
    void credentialsForAnExpiredNonce_areChallengedAgain_withStaleTrue() {
        SipReply challenge = subscribe("202", SipTransport.UDP);
        String authorization = DigestAnswer.authorization(challenge.headers().values("WWW-Authenticate"), "MD5",
                "SUBSCRIBE", "desk1", PresenceEndpoint.PASSWORD, "sip:202@127.0.0.1", 1);
        server.clock.advance(Nonces.LIFETIME.plusSeconds(1));
        Map<String, String> headers = new HashMap<>(PRESENCE);
        headers.put("Authorization", authorization);

        SipReply answer = agent.request("SUBSCRIBE", "202", server.target(), SipTransport.UDP, headers, null, null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.headers().values("WWW-Authenticate")).singleElement()
                .satisfies(again -> assertThat(again).contains("stale=true"));
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void anAccountPublishesForItsOwnUser_andIsRefused403ForAnother(SipTransport transport) {
        agent.answerChallengesAs("7001", PresenceEndpoint.PASSWORD);
        SipReply own = publish("7001", transport);
        SipReply another = publish("7002", transport);
        agent.answerChallengesAs("desk1", PresenceEndpoint.PASSWORD);
        SipReply extension = publish("201", transport);

        assertThat(own.status()).isEqualTo(200);
        assertThat(another.status()).isEqualTo(403);
        assertThat(another.reason()).isEqualTo("login 7001 may publish only for user 7001");
        assertThat(server.desk.logins(new UserId("7002"))).isEmpty();
        assertThat(extension.status()).isEqualTo(200);
        assertThat(server.desk.logins(new UserId("201"))).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aRefreshAndAnUnsubscribeInTheDialog_areAuthenticatedToo(SipTransport transport) {
        agent.answerChallengesAs("7001", PresenceEndpoint.PASSWORD);
        AgentDialog dialog = agent.startDialog("SUBSCRIBE", "202", server.target(), transport, PRESENCE, null, null)
                .started();
        agent.answerChallengesAs(null, null);

        SipReply unauthenticated = agent.inDialog(dialog, "SUBSCRIBE", server.target(), transport, PRESENCE, null,
                null);
        agent.answerChallengesAs("7001", PresenceEndpoint.PASSWORD);
        SipReply refresh = agent.inDialog(dialog, "SUBSCRIBE", server.target(), transport, PRESENCE, null, null);

        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(refresh.status()).isEqualTo(200);
        assertThat(server.presence.subscriptions()).isEqualTo(1);
    }
}
