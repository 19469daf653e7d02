package org.switchboard.sip.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.testkit.sip.SipReply;
import org.switchboard.testkit.sip.SipTestAgent;
import org.switchboard.testkit.sip.SipTransport;

/**
 * PUBLISH of presence over real sockets, UDP and TCP: each publication a PUBLICATION login of the presence desk,
 * refreshed, modified and removed under its entity tag. The agent answers the digest challenges as user 301.
 */
class PresencePublicationTest {

    private static final String PIDF = PidfCodec.MEDIA_TYPE;

    private final PresenceEndpoint server = new PresenceEndpoint().account("301", "301");
    private final SipTestAgent agent = SipTestAgent.start();

    PresencePublicationTest() {
        agent.answerChallengesAs("301", PresenceEndpoint.PASSWORD); // her own presence account
    }

    @AfterEach
    void stop() {
        agent.close();
        server.close();
    }

    private static String body(String basic, String activity, String note) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<presence xmlns=\"urn:ietf:params:xml:ns:pidf\""
                + " xmlns:dm=\"urn:ietf:params:xml:ns:pidf:data-model\" xmlns:rpid=\"urn:ietf:params:xml:ns:pidf:rpid\""
                + " entity=\"sip:301@127.0.0.1\"><tuple id=\"t\"><status><basic>" + basic + "</basic></status></tuple>"
                + (note == null ? "" : "<note>" + note + "</note>")
                + "<dm:person id=\"p\"><rpid:activities>" + activity + "</rpid:activities></dm:person></presence>";
    }

    private SipReply publish(SipTransport transport, Map<String, String> extra, String type, String body) {
        Map<String, String> headers = new HashMap<>(Map.of("Event", "presence"));
        headers.putAll(extra);
        return agent.request("PUBLISH", "301", server.target(), transport, headers, type, body);
    }

    private long publicationLogins() {
        return server.desk.logins(new UserId("301")).stream().filter(l -> l.kind() == LoginKind.PUBLICATION).count();
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aPublish_isAPublicationLoginWithTheStatedStatusAndLease_andItsNoteTheUsersNote(SipTransport transport) {
        SipReply answer = publish(transport, Map.of("Expires", "600"), PIDF, body("open", "<rpid:busy/>", "in a meeting"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Expires")).contains("600");
        String tag = answer.header("SIP-ETag").orElseThrow();
        assertThat(server.desk.calls).contains("logIn publication:" + tag + " BUSY 600",
                "setNote 301 in a meeting");
        assertThat(server.desk.logins(new UserId("301"))).singleElement()
                .satisfies(login -> assertThat(login.status()).contains(PresenceStatus.BUSY));
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aRefreshWithSipIfMatch_keepsTheLoginAlive_underANewEntityTag(SipTransport transport) {
        String first = publish(transport, Map.of("Expires", "600"), PIDF, body("open", "", null))
                .header("SIP-ETag").orElseThrow();

        SipReply refresh = publish(transport, Map.of("Expires", "600", "SIP-If-Match", first), null, null);
        String second = refresh.header("SIP-ETag").orElseThrow();
        SipReply stale = publish(transport, Map.of("Expires", "600", "SIP-If-Match", first), null, null);

        assertThat(refresh.status()).isEqualTo(200);
        assertThat(second).isNotEqualTo(first);
        assertThat(server.desk.calls).contains("keepAlive publication:" + first);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(publicationLogins()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aModification_changesTheStatedStatus_ofTheSameLogin(SipTransport transport) {
        String tag = publish(transport, Map.of("Expires", "600"), PIDF, body("open", "", null))
                .header("SIP-ETag").orElseThrow();

        SipReply modified = publish(transport, Map.of("Expires", "600", "SIP-If-Match", tag), PIDF,
                body("open", "<rpid:away/>", null));

        assertThat(modified.status()).isEqualTo(200);
        assertThat(server.desk.logins(new UserId("301"))).singleElement().satisfies(login -> {
            assertThat(login.id().value()).isEqualTo("publication:" + tag);
            assertThat(login.status()).contains(PresenceStatus.AWAY);
        });
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aClosedTuple_isNoLogin_andExpiresZeroRemovesThePublication(SipTransport transport) {
        String tag = publish(transport, Map.of("Expires", "600"), PIDF, body("open", "", null))
                .header("SIP-ETag").orElseThrow();
        String closedTag = publish(transport, Map.of("Expires", "600", "SIP-If-Match", tag), PIDF,
                body("closed", "", null)).header("SIP-ETag").orElseThrow();
        assertThat(publicationLogins()).isZero();
        String openTag = publish(transport, Map.of("Expires", "600", "SIP-If-Match", closedTag), PIDF,
                body("open", "", null)).header("SIP-ETag").orElseThrow();
        assertThat(publicationLogins()).isEqualTo(1);

        SipReply removed = publish(transport, Map.of("Expires", "0", "SIP-If-Match", openTag), null, null);

        assertThat(removed.status()).isEqualTo(200);
        assertThat(publicationLogins()).isZero();
        assertThat(server.presence.publications()).isZero();
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aRefreshAfterThePresenceServiceForgotTheLogin_gets412_andAFreshPublishLogsInAgain(SipTransport transport) {
        String tag = publish(transport, Map.of("Expires", "600"), PIDF, body("open", "", null))
                .header("SIP-ETag").orElseThrow();
        server.desk.forgetLogins();

        SipReply refresh = publish(transport, Map.of("Expires", "600", "SIP-If-Match", tag), null, null);
        SipReply again = publish(transport, Map.of("Expires", "600"), PIDF, body("open", "", null));

        assertThat(refresh.status()).isEqualTo(412);
        assertThat(again.status()).isEqualTo(200);
        assertThat(publicationLogins()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aFreshPublishFromTheSamePublisher_replacesItsEarlierPublication(SipTransport transport) {
        String first = publish(transport, Map.of("Expires", "600"), PIDF, body("open", "", null))
                .header("SIP-ETag").orElseThrow();

        SipReply second = publish(transport, Map.of("Expires", "600"), PIDF, body("open", "<rpid:away/>", null));

        assertThat(second.status()).isEqualTo(200);
        assertThat(server.desk.logins(new UserId("301"))).singleElement().satisfies(login -> {
            assertThat(login.id().value()).isEqualTo("publication:" + second.header("SIP-ETag").orElseThrow());
            assertThat(login.status()).contains(PresenceStatus.AWAY);
        });
        assertThat(publish(transport, Map.of("Expires", "600", "SIP-If-Match", first), null, null).status())
                .isEqualTo(412);
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aPublishWhileThePresenceServiceIsBusy_gets503WithRetryAfter(SipTransport transport) {
        server.desk.busy = true;

        SipReply answer = publish(transport, Map.of("Expires", "600"), PIDF, body("open", "", null));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).contains("5");
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void theRefusals_400ForABadBody_415ForAnotherType_412ForAnUnknownTag_423_489(SipTransport transport) {
        SipReply malformed = publish(transport, Map.of(), PIDF, "<presence");
        SipReply otherType = publish(transport, Map.of(), "text/plain", "online");
        SipReply noBody = publish(transport, Map.of(), null, null);
        SipReply unknown = publish(transport, Map.of("SIP-If-Match", "nosuchtag"), null, null);
        SipReply brief = publish(transport, Map.of("Expires", "10"), PIDF, body("open", "", null));
        SipReply otherEvent = agent.request("PUBLISH", "301", server.target(), transport, Map.of("Event", "dialog"),
                PIDF, body("open", "", null));

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.reason()).containsIgnoringCase("XML");
        assertThat(otherType.status()).isEqualTo(415);
        assertThat(otherType.items("Accept")).containsExactly(PIDF);
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(412);
        assertThat(brief.status()).isEqualTo(423);
        assertThat(brief.header("Min-Expires")).contains("60");
        assertThat(otherEvent.status()).isEqualTo(489);
        assertThat(server.desk.calls).noneMatch(call -> call.startsWith("logIn"));
    }
}
