package org.switchboard.it.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import javax.management.ObjectName;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.switchboard.it.ShippedEar;
import org.switchboard.it.TestServer;
import org.switchboard.presence.PresenceAccounts;
import org.switchboard.presence.PresenceDesk;
import org.switchboard.presence.SipWatchStore;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.runtime.JmxRegistration;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.sip.AgentDialog;
import org.switchboard.testkit.sip.ReceivedRequest;
import org.switchboard.testkit.sip.SipReply;
import org.switchboard.testkit.sip.SipTarget;
import org.switchboard.testkit.sip.SipTestAgent;
import org.switchboard.testkit.sip.SipTransport;

/**
 * SIP subscriptions to presence in the deployed EAR, from the SIP test agent: NOTIFYs of what the presence service
 * computes, the subscription stored through JPA while it lives, and a restart of the presence service after which
 * the subscriber is still told every change. The agent authenticates with a SIP presence account of its own; without
 * one it is challenged, and a wrong password is refused.
 */
@ExtendWith(ArquillianExtension.class)
class SipPresenceIT {

    private static final Duration NOTIFIED = Duration.ofSeconds(10);
    private static final Duration LEASE = Duration.ofSeconds(300);
    private static final ObjectName PRESENCE = JmxRegistration.nameOf("Presence");

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(SipPresenceIT.class);
    }

    @EJB
    PresenceDesk desk;

    @Inject
    SipWatchStore store;

    @Inject
    PresenceAccounts accounts;

    private static final String PASSWORD = "sip-it-s3cret";
    private final SipTestAgent agent = SipTestAgent.start();
    private final SipTarget server = SipTarget.local(TestServer.sipPort());
    private final UserId subscriber = aUser();

    @BeforeEach
    void account() {
        accounts.create(subscriber.value(), PASSWORD);
        agent.answerChallengesAs(subscriber.value(), PASSWORD);
    }

    @AfterEach
    void stop() {
        agent.close();
        accounts.remove(subscriber.value());
        desk.logOutAll("cti-sip-it", "the test ends");
    }

    @Test
    void aSubscribeWithoutCredentials_isChallenged_andOneWithAWrongPassword_isRefused() {
        agent.answerChallengesAs(null, null);
        SipReply challenged = agent.request("SUBSCRIBE", aUser().value(), server, SipTransport.TCP, presence("600"),
                null, null);
        agent.answerChallengesAs(subscriber.value(), "not " + PASSWORD);
        SipReply refused = agent.request("SUBSCRIBE", aUser().value(), server, SipTransport.TCP, presence("600"),
                null, null);

        assertThat(challenged.status()).isEqualTo(401);
        assertThat(challenged.header("WWW-Authenticate")).hasValueSatisfying(challenge -> assertThat(challenge)
                .contains("realm=\"" + accounts.realm() + "\"").contains("algorithm=MD5"));
        assertThat(refused.status()).isEqualTo(403);
    }

    @ParameterizedTest
    @EnumSource(SipTransport.class)
    void aSubscriber_isNotifiedOfWhatTheServiceComputes_andIsStoredWhileItLives(SipTransport transport) {
        UserId user = aUser();

        AgentDialog dialog = agent.startDialog("SUBSCRIBE", user.value(), server, transport, presence("600"), null,
                null).started();
        assertThat(agent.awaitRequest("NOTIFY", NOTIFIED).body()).contains("<basic>closed</basic>");
        desk.logIn(user, LoginKind.PASSIVE, "sip-it:" + user, "cti-sip-it", Optional.of(PresenceStatus.BUSY), LEASE);

        ReceivedRequest busy = agent.awaitRequest("NOTIFY", request -> request.body().contains("<rpid:busy/>"),
                "busy", NOTIFIED);
        assertThat(busy.header("Call-ID")).contains(dialog.callId());
        assertThat(store.live(Instant.now())).anySatisfy(watch -> {
            assertThat(watch.user()).isEqualTo(user);
            assertThat(watch.callId()).isEqualTo(dialog.callId());
            assertThat(watch.transport()).isEqualToIgnoringCase(transport.id());
        });
    }

    /** Over TCP; the component tests cover the unsubscribe over UDP and TCP. */
    @Test
    void anUnsubscribe_getsTheFinalNotify_andTheSubscriptionIsNoLongerStored() {
        UserId user = aUser();
        AgentDialog dialog = agent.startDialog("SUBSCRIBE", user.value(), server, SipTransport.TCP, presence("600"),
                null, null).started();
        agent.awaitRequest("NOTIFY", NOTIFIED);
        Await.until("the subscription stored", () -> store.live(Instant.now()).stream()
                .anyMatch(watch -> watch.callId().equals(dialog.callId())), NOTIFIED);

        SipReply unsubscribe = agent.inDialog(dialog, "SUBSCRIBE", server, SipTransport.TCP, presence("0"), null,
                null);

        assertThat(unsubscribe.status()).isEqualTo(200);
        agent.awaitRequest("NOTIFY", request -> request.header("Subscription-State")
                .filter(state -> state.startsWith("terminated")).isPresent(), "terminated", NOTIFIED);
        Await.until("the subscription no longer stored", () -> store.live(Instant.now()).stream()
                .noneMatch(watch -> watch.callId().equals(dialog.callId())), NOTIFIED);
    }

    @Test
    void afterARestartOfThePresenceService_theSubscriberIsNotifiedAgain_andOfEveryLaterChange() throws Exception {
        UserId user = aUser();
        agent.startDialog("SUBSCRIBE", user.value(), server, SipTransport.TCP, presence("600"), null, null).started();
        agent.awaitRequest("NOTIFY", NOTIFIED);

        ManagementFactory.getPlatformMBeanServer().invoke(PRESENCE, "restart", new Object[0], new String[0]);

        agent.awaitRequest("NOTIFY", NOTIFIED);
        desk.logIn(user, LoginKind.PASSIVE, "sip-it:" + user, "cti-sip-it", Optional.of(PresenceStatus.AWAY), LEASE);
        ReceivedRequest away = agent.awaitRequest("NOTIFY", request -> request.body().contains("<rpid:away/>"),
                "away", NOTIFIED);
        assertThat(away.header("Subscription-State")).hasValueSatisfying(state -> assertThat(state).startsWith("active"));
    }

    private static Map<String, String> presence(String expires) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Event", "presence");
        headers.put("Accept", "application/pidf+xml");
        headers.put("Expires", expires);
        return headers;
    }

    private static UserId aUser() {
        return new UserId("it" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
    }
}
