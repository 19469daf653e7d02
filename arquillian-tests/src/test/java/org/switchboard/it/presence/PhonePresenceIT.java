package org.switchboard.it.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.it.ScriptedPbx;
import org.switchboard.it.ShippedEar;
import org.switchboard.pbx.LivePbx;
import org.switchboard.pbx.PbxLink;
import org.switchboard.pbx.ami.AmiConnection;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.LiveOffice;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.presence.PresenceDesk;
import org.switchboard.presence.PresenceEventsCodec;
import org.switchboard.presence.model.LoginId;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.PresenceLogin;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.model.UserOffline;
import org.switchboard.testkit.Await;

/**
 * The PHONE source in the deployed EAR, fed by the scripted PBX replaying recorded sessions or acting as the recorded
 * PBX did: a phone that registers is a login of its user, its loss of registration her last login's end (UserOffline
 * on the topic), a phone that registers again brings her back, and a call shows her on the phone.
 */
@ExtendWith(ArquillianExtension.class)
class PhonePresenceIT {

    private static final Duration DELIVERY = Duration.ofSeconds(10);

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(PhonePresenceIT.class);
    }

    @EJB
    LivePbx pbx;

    @EJB
    PbxLink link;

    @EJB
    PresenceDesk desk;

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/topic/UserOffline")
    Topic userOffline;

    private ScriptedAmiServer server;

    @BeforeEach
    void connect() {
        long connects = link.stats().connects();
        server = ScriptedPbx.start();
        Await.until("connected and synchronised", () -> link.stats().connects() > connects
                && link.stats().state() == AmiConnection.State.CONNECTED && !pbx.status().stale(), ScriptedPbx.SETTLE);
    }

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void aPhoneThatRegisters_logsHerIn_andItsLostRegistration_endsHerLastLogin_withAUserOfflineOnTheTopic()
            throws Exception {
        UserId user = new UserId("205");
        Colleague colleague = new Colleague("it:phone-205");
        // the recorded session without its FullyBooted, which would make the server read the PBX's picture again
        List<AmiMessage> events = ScriptedPbx.fresh("phone-unregister").stream()
                .filter(event -> !event.type().equals("FullyBooted")).toList();
        Predicate<AmiMessage> unreachable = event -> event.type().equals("PeerStatus")
                && event.get("PeerStatus").filter("Unreachable"::equals).isPresent();
        List<AmiMessage> registering = ScriptedPbx.before(events, unreachable);
        try (TopicReader offline = new TopicReader(jms, userOffline, user.value())) {
            desk.watch(colleague, List.of(user));

            server.emit(registering);
            Await.until("205 seen available", () -> colleague.sees(user, PresenceStatus.AVAILABLE), DELIVERY);
            assertThat(desk.logins(user)).extracting(PresenceLogin::kind).containsExactly(LoginKind.PHONE);

            server.emit(events.subList(registering.size(), events.size()));
            Await.until("205 seen offline", () -> colleague.sees(user, PresenceStatus.OFFLINE), DELIVERY);
            TopicReader.Read read = offline.next(DELIVERY);
            PresenceEventsCodec.Decoded<UserOffline> decoded = new PresenceEventsCodec().decodeUserOffline(read.json());
            assertThat(decoded).isInstanceOfSatisfying(PresenceEventsCodec.Decoded.Ok.class, ok -> {
                UserOffline gone = (UserOffline) ok.event();
                assertThat(gone.lastKind()).contains(LoginKind.PHONE);
                assertThat(gone.lastLogin()).contains(LoginId.of(LoginKind.PHONE, "PJSIP/205"));
            });
            assertThat(desk.logins(user)).isEmpty();
        } finally {
            desk.unwatchAll(colleague.id());
        }
    }

    @Test
    void aRegisteredPhoneThatUnregisters_takesHerOffline_andRegisteringAgain_bringsHerBack_asTheRecordedPbxTellsIt()
            throws Exception {
        UserId user = new UserId("206");
        Colleague colleague = new Colleague("it:phone-206");
        LiveOffice.Phone phone = server.office().phone("206");
        try (TopicReader offline = new TopicReader(jms, userOffline, user.value())) {
            desk.watch(colleague, List.of(user));
            Await.until("206 seen available (registered at the start)",
                    () -> colleague.sees(user, PresenceStatus.AVAILABLE), DELIVERY);

            phone.unregisters();
            Await.until("206 seen offline", () -> colleague.sees(user, PresenceStatus.OFFLINE), DELIVERY);
            PresenceEventsCodec.Decoded<UserOffline> decoded = new PresenceEventsCodec()
                    .decodeUserOffline(offline.next(DELIVERY).json());
            assertThat(decoded).isInstanceOfSatisfying(PresenceEventsCodec.Decoded.Ok.class, ok ->
                    assertThat(((UserOffline) ok.event()).lastLogin()).contains(LoginId.of(LoginKind.PHONE,
                            "PJSIP/206")));
            assertThat(desk.logins(user)).isEmpty();

            phone.registers();
            Await.until("206 seen available again", () -> colleague.sees(user, PresenceStatus.AVAILABLE), DELIVERY);
            assertThat(desk.logins(user)).extracting(PresenceLogin::kind).containsExactly(LoginKind.PHONE);
        } finally {
            desk.unwatchAll(colleague.id());
        }
    }

    @Test
    void aCallBetweenTwoPhones_showsBothUsersOnThePhone_untilItEnds() {
        UserId caller = new UserId("203");
        UserId called = new UserId("204");
        Colleague colleague = new Colleague("it:phones-203-204");
        List<AmiMessage> events = ScriptedPbx.fresh("internal-203-to-204");
        List<AmiMessage> talking = ScriptedPbx.before(events, ScriptedPbx.firstOf("Hangup"));
        try {
            desk.watch(colleague, List.of(caller, called));

            server.emit(talking);
            Await.until("both on the phone", () -> onPhone(colleague, caller) && onPhone(colleague, called), DELIVERY);

            server.emit(events.subList(talking.size(), events.size()));
            Await.until("both off the phone", () -> !onPhone(colleague, caller) && !onPhone(colleague, called),
                    DELIVERY);
            assertThat(desk.fetch(caller).onPhone()).isFalse();
        } finally {
            desk.unwatchAll(colleague.id());
        }
    }

    private static boolean onPhone(Colleague colleague, UserId user) {
        return colleague.newest(user).filter(presence -> presence.onPhone()).isPresent();
    }
}
