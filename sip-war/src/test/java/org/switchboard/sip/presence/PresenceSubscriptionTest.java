package org.switchboard.sip.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.sip.AgentDialog;
import org.switchboard.testkit.sip.DialogReply;
import org.switchboard.testkit.sip.ReceivedRequest;
import org.switchboard.testkit.sip.SipReply;
import org.switchboard.testkit.sip.SipTestAgent;
import org.switchboard.testkit.sip.SipTransport;

/**
 * SUBSCRIBE and NOTIFY of presence over real sockets, UDP and TCP, between the SIP test agent and the endpoint as
 * the server assembles it (production settings), the presence desk standing in for the service; the agent answers the
 * digest challenges as a receptionist.
 */
class PresenceSubscriptionTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration SETTINGS_TIMEOUT = PresenceEndpoint.SETTINGS.notifyTimeout();
    private static final Map<String, String> PRESENCE = Map.of("Event", "presence", "Accept", PidfCodec.MEDIA_TYPE);

    private final PresenceEndpoint server = new PresenceEndpoint().account("desk1", "201");
    private final SipTestAgent agent = SipTestAgent.start();

    PresenceSubscriptionTest() {
        agent.answerChallengesAs("desk1", PresenceEndpoint.PASSWORD); // a receptionist may watch anybody
    }

    @AfterEach
    void stop() {
        agent.close();
        server.close();
    }

    private DialogReply subscribe(String user, SipTransport transport, String expires) {
        return agent.startDialog("SUBSCRIBE", user, server.target(), transport, with("Expires", expires), null, null);
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> headers = new HashMap<>(PRESENCE);
        headers.put(name, value);
        return headers;
    }

    private ReceivedRequest nextNotify() {
        return agent.awaitRequest("NOTIFY", WAIT);
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aSubscribe_isAnswered200WithExpiresTagAndContact_thenANotifyOfTheCurrentPresence(SipTransport transport) {
        server.desk.set("201", PresenceStatus.AWAY, "at lunch");

        DialogReply answer = subscribe("201", transport, "600");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.reply().header("Expires")).contains("600");
        AgentDialog dialog = answer.started();
        assertThat(dialog.remoteTarget()).startsWith("sip:201@127.0.0.1:" + server.port)
                .contains("transport=" + transport.id());
        ReceivedRequest notify = nextNotify();
        assertThat(notify.header("Call-ID")).contains(dialog.callId());
        assertThat(notify.header("From")).hasValueSatisfying(from -> assertThat(from).contains("tag=" + dialog.remoteTag()));
        assertThat(notify.header("To")).hasValueSatisfying(to -> assertThat(to).contains("tag=" + dialog.localTag()));
        assertThat(notify.header("Event")).contains("presence");
        assertThat(notify.header("Subscription-State")).hasValueSatisfying(
                state -> assertThat(state).startsWith("active;expires=").doesNotStartWith("active;expires=0"));
        assertThat(notify.header("Content-Type")).contains(PidfCodec.MEDIA_TYPE);
        assertThat(notify.body()).contains("entity=\"sip:201@127.0.0.1\"").contains("<basic>open</basic>")
                .contains("<rpid:away/>").contains("<note>at lunch</note>");
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void everyChangeTheWatcherHears_goesInANotifyOfTheSameDialog_withAGrowingCSeq(SipTransport transport) {
        subscribe("202", transport, "600").started();
        ReceivedRequest first = nextNotify();

        server.desk.set("202", PresenceStatus.ON_THE_PHONE, "");
        ReceivedRequest second = nextNotify();
        server.desk.set("202", PresenceStatus.DO_NOT_DISTURB, "");
        ReceivedRequest third = awaitNotifyWith("do-not-disturb");

        assertThat(first.body()).contains("<basic>closed</basic>");
        assertThat(second.body()).contains("<rpid:on-the-phone/>");
        assertThat(third.body()).contains("<rpid:busy/>");
        assertThat(cseq(second)).isGreaterThan(cseq(first));
        assertThat(cseq(third)).isGreaterThan(cseq(second));
        assertThat(second.header("Call-ID")).isEqualTo(first.header("Call-ID"));
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aBurstOfChanges_endsWithANotifyOfTheLastOne(SipTransport transport) {
        subscribe("203", transport, "600").started();
        nextNotify();

        for (int i = 0; i < 20; i++) {
            server.desk.set("203", i % 2 == 0 ? PresenceStatus.BUSY : PresenceStatus.AWAY, "change " + i);
        }

        ReceivedRequest last = awaitNotifyWith("change 19");
        assertThat(agent.inbox()).filteredOn(request -> request.method().equals("NOTIFY"))
                .allSatisfy(earlier -> assertThat(cseq(earlier)).isLessThan(cseq(last)));
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aRefreshInTheDialog_isAnswered200_andNotifiesTheCurrentPresenceAgain(SipTransport transport) {
        AgentDialog dialog = subscribe("204", transport, "600").started();
        nextNotify();
        server.desk.set("204", PresenceStatus.BUSY, "");
        nextNotify();

        SipReply refresh = agent.inDialog(dialog, "SUBSCRIBE", server.target(), transport, with("Expires", "900"),
                null, null);

        assertThat(refresh.status()).isEqualTo(200);
        assertThat(refresh.header("Expires")).contains("900");
        ReceivedRequest again = nextNotify();
        assertThat(again.body()).contains("<rpid:busy/>");
        assertThat(again.header("Subscription-State")).hasValueSatisfying(
                state -> assertThat(state).startsWith("active;expires=").matches("active;expires=(9\\d\\d|8\\d\\d)"));
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void anUnsubscribe_isAnswered200_thenAFinalNotifyTerminated_andNoMoreNotifies(SipTransport transport) {
        AgentDialog dialog = subscribe("205", transport, "600").started();
        nextNotify();

        SipReply unsubscribe = agent.inDialog(dialog, "SUBSCRIBE", server.target(), transport, with("Expires", "0"),
                null, null);

        assertThat(unsubscribe.status()).isEqualTo(200);
        assertThat(unsubscribe.header("Expires")).contains("0");
        ReceivedRequest last = nextNotify();
        assertThat(last.header("Subscription-State")).contains("terminated;reason=timeout");
        Await.until("the subscription to end", () -> server.presence.subscriptions() == 0, WAIT);
        assertThat(server.store.stored).isEmpty();
        assertThat(server.desk.calls).anyMatch(call -> call.startsWith("unwatchAll sip:" + dialog.callId()));
        server.desk.set("205", PresenceStatus.BUSY, "");
        SipReply again = agent.inDialog(dialog, "SUBSCRIBE", server.target(), transport, with("Expires", "600"),
                null, null);
        assertThat(again.status()).isEqualTo(481);
        assertThat(agent.inbox()).noneMatch(request -> request.method().equals("NOTIFY"));
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aSubscriptionNotRefreshed_expires_withAFinalNotifyTerminatedTimeout(SipTransport transport) {
        subscribe("206", transport, "60").started();
        nextNotify();
        Await.until("the NOTIFY answered", server.presence::quiet, WAIT);

        server.clock.advance(Duration.ofSeconds(61));

        ReceivedRequest last = nextNotify();
        assertThat(last.header("Subscription-State")).contains("terminated;reason=timeout");
        assertThat(last.body()).contains("<basic>closed</basic>");
        Await.until("the subscription to end", () -> server.presence.subscriptions() == 0, WAIT);
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aFetch_withExpiresZero_getsOneFinalNotifyOfTheCurrentPresence(SipTransport transport) {
        server.desk.set("207", PresenceStatus.AVAILABLE, "");

        DialogReply answer = subscribe("207", transport, "0");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.reply().header("Expires")).contains("0");
        ReceivedRequest notify = nextNotify();
        assertThat(notify.header("Subscription-State")).contains("terminated;reason=timeout");
        assertThat(notify.body()).contains("<basic>open</basic>");
        assertThat(server.presence.subscriptions()).isZero();
        assertThat(server.store.stored).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aNotifyAnswered481_endsTheSubscription(SipTransport transport) {
        subscribe("208", transport, "600").started();
        nextNotify();
        agent.answer("NOTIFY", 481);

        server.desk.set("208", PresenceStatus.BUSY, "");

        Await.until("the subscription to end", () -> server.presence.subscriptions() == 0, WAIT);
        assertThat(server.store.stored).isEmpty();
        assertThat(server.desk.watchersOf(new UserId("208"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aNotifyLeftUnanswered_endsTheSubscriptionAfterTheNotifyTimeout(SipTransport transport) {
        agent.answer("NOTIFY", 0);
        subscribe("209", transport, "600").started();
        nextNotify();

        server.clock.advance(SETTINGS_TIMEOUT.plusSeconds(1));

        Await.until("the subscription to end", () -> server.presence.subscriptions() == 0, WAIT);
        assertThat(server.store.stored).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void theRefusals_489ForAnotherEvent_404ForANonUser_423BelowTheMinimum_481ForAnUnknownDialog(
            SipTransport transport) {
        SipReply dialogEvent = agent.request("SUBSCRIBE", "201", server.target(), transport,
                Map.of("Event", "dialog"), null, null);
        SipReply noUser = agent.request("SUBSCRIBE", "not*a*user", server.target(), transport, PRESENCE, null, null);
        SipReply brief = agent.request("SUBSCRIBE", "201", server.target(), transport, with("Expires", "30"), null,
                null);
        SipReply noPidf = agent.request("SUBSCRIBE", "201", server.target(), transport, with("Accept",
                "application/xpidf+xml"), null, null);

        assertThat(dialogEvent.status()).isEqualTo(489);
        assertThat(dialogEvent.items("Allow-Events")).containsExactly("presence");
        assertThat(noUser.status()).isEqualTo(404);
        assertThat(brief.status()).isEqualTo(423);
        assertThat(brief.header("Min-Expires")).contains("60");
        assertThat(noPidf.status()).isEqualTo(406);
        assertThat(server.presence.subscriptions()).isZero();
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void anExpiresAboveTheMaximum_isCutToIt(SipTransport transport) {
        DialogReply answer = subscribe("210", transport, "86400");

        assertThat(answer.reply().header("Expires")).contains("3600");
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aStoredSubscription_survivesARestart_andIsNotifiedInItsDialogWithAHigherCSeq(SipTransport transport) {
        AgentDialog dialog = subscribe("211", transport, "600").started();
        ReceivedRequest before = nextNotify();
        assertThat(server.store.stored).hasSize(1);

        server.restart();
        server.desk.set("211", PresenceStatus.AWAY, "");

        ReceivedRequest after = awaitNotifyWith("<rpid:away/>");
        assertThat(after.header("Call-ID")).contains(dialog.callId());
        assertThat(after.header("To")).hasValueSatisfying(to -> assertThat(to).contains("tag=" + dialog.localTag()));
        assertThat(cseq(after)).isGreaterThan(cseq(before));
        assertThat(server.presence.subscriptions()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aStoredSubscription_restartedTwice_isNotifiedWithCSeqsHigherThanEverySentBefore(SipTransport transport) {
        subscribe("214", transport, "600").started();
        nextNotify();
        server.restart();
        server.desk.set("214", PresenceStatus.AWAY, "");
        long afterFirst = cseq(awaitNotifyWith("<rpid:away/>"));

        server.restart();
        server.desk.set("214", PresenceStatus.BUSY, "");

        assertThat(cseq(awaitNotifyWith("<rpid:busy/>"))).isGreaterThan(afterFirst);
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void afterThePresenceServiceRestarted_theSubscriptionWatchesAgain_andIsNotifiedOfTheCurrentPresence(
            SipTransport transport) {
        subscribe("212", transport, "600").started();
        nextNotify();
        server.desk.restart();

        server.presence.reload();
        ReceivedRequest again = nextNotify();
        server.desk.set("212", PresenceStatus.ON_THE_PHONE, "");

        assertThat(again.header("Subscription-State")).hasValueSatisfying(state -> assertThat(state).startsWith("active"));
        awaitNotifyWith("<rpid:on-the-phone/>");
    }

    @Test
    void aNotifyOverUdpLeftUnanswered_isSentAgain_withTheSameCSeq() {
        agent.answer("NOTIFY", 0);
        subscribe("213", SipTransport.UDP, "600").started();
        ReceivedRequest first = nextNotify();

        server.clock.advance(Duration.ofSeconds(1));

        ReceivedRequest again = nextNotify();
        assertThat(cseq(again)).isEqualTo(cseq(first));
        assertThat(again.header("Via")).isEqualTo(first.header("Via"));
    }

    @Test
    void aSubscribeRecordRoutedByAProxy_hasItsNotifiesSentToTheFirstRoute_withTheRouteSet() {
        try (SipTestAgent proxy = SipTestAgent.start()) {
            Map<String, String> headers = with("Expires", "600");
            headers.put("Record-Route", "<sip:127.0.0.1:" + proxy.target().port() + ";transport=udp;lr>");

            AgentDialog dialog = agent.startDialog("SUBSCRIBE", "215", server.target(), SipTransport.UDP, headers,
                    null, null).started();

            ReceivedRequest notify = proxy.awaitRequest("NOTIFY", WAIT);
            assertThat(notify.header("Call-ID")).contains(dialog.callId());
            assertThat(notify.header("Route")).hasValueSatisfying(
                    route -> assertThat(route).contains("127.0.0.1:" + proxy.target().port()));
            assertThat(agent.inbox()).noneMatch(request -> request.method().equals("NOTIFY"));
        }
    }

    private ReceivedRequest awaitNotifyWith(String text) {
        return agent.awaitRequest("NOTIFY", request -> request.body().contains(text), "with " + text, WAIT);
    }

    private static long cseq(ReceivedRequest request) {
        return Long.parseLong(request.header("CSeq").orElseThrow().trim().split("\\s+")[0]);
    }
}
