package org.switchboard.it.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.presence.model.LoginKind.CONSOLE;
import static org.switchboard.presence.model.LoginKind.PASSIVE;
import static org.switchboard.presence.model.PresenceStatus.AVAILABLE;
import static org.switchboard.presence.model.PresenceStatus.AWAY;
import static org.switchboard.presence.model.PresenceStatus.BUSY;
import static org.switchboard.presence.model.PresenceStatus.OFFLINE;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.it.ShippedEar;
import org.switchboard.it.TestServer;
import org.switchboard.presence.PresenceDesk;
import org.switchboard.presence.PresenceEventsCodec;
import org.switchboard.presence.PresenceStore;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceChanged;
import org.switchboard.presence.model.PresenceLogin;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.model.UserOffline;
import org.switchboard.runtime.JmxRegistration;
import org.switchboard.testkit.Await;

/**
 * The presence service through the deployed EAR and its topics: a plain JMS subscriber reads UserOffline and
 * PresenceChanged as another system would, while a watcher of this node is told from the same topics (the MDBs).
 * The seed's scenario and the restart also run on PostgreSQL (they store and reload the users' presence).
 */
@ExtendWith(ArquillianExtension.class)
class PresenceTopicsIT {

    private static final Duration DELIVERY = Duration.ofSeconds(10);
    /** The restart grace of the production settings (5 s) and the delivery after it. */
    private static final Duration AFTER_RESTART = Duration.ofSeconds(20);
    private static final Duration LEASE = Duration.ofSeconds(120);
    private static final ObjectName PRESENCE = JmxRegistration.nameOf("Presence");

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(PresenceTopicsIT.class);
    }

    @EJB
    PresenceDesk desk;

    @Inject
    PresenceStore store;

    @Inject
    RestartAnnouncements announcements;

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/topic/UserOffline")
    Topic userOffline;

    @Resource(lookup = "java:/jms/topic/PresenceChanged")
    Topic presenceChanged;

    private final PresenceEventsCodec codec = new PresenceEventsCodec();
    private final MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();

    @AfterEach
    void forgetAnnouncements() {
        announcements.clear();
    }

    @Test
    @Tag("database")
    void theSeedScenario_stepByStep_throughTheTopics_theWatcherAlwaysSeesTheTrueStatus() throws Exception {
        UserId anna = aUser();
        Colleague colleague = new Colleague("it:" + anna);
        try (TopicReader offline = new TopicReader(jms, userOffline, anna.value());
                TopicReader changed = new TopicReader(jms, presenceChanged, anna.value())) {
            desk.watch(colleague, List.of(anna));

            // 2. the CTI server logs her in on her behalf: a passive login that carries no status
            PresenceLogin passive = desk.logIn(anna, PASSIVE, "cti-it:" + anna, "cti-it", Optional.empty(), LEASE);
            assertNext(changed, anna, AVAILABLE, "login " + passive.id());
            awaitSees(colleague, anna, AVAILABLE);
            // 3. she logs in with her desk client, busy
            PresenceLogin client = desk.logIn(anna, CONSOLE, "it-" + anna, "console:it-" + anna,
                    Optional.of(BUSY), LEASE);
            assertNext(changed, anna, BUSY, "login " + client.id());
            awaitSees(colleague, anna, BUSY);
            // 4. she logs out of the desk client first: the passive login holds her online; no UserOffline
            assertThat(desk.logOut(client.id(), "the desk client logged out")).isTrue();
            assertNext(changed, anna, AVAILABLE, "logout " + client.id());
            awaitSees(colleague, anna, AVAILABLE);
            // 5. the CTI server restarts: its passive logins drop; her last login ended: UserOffline, then offline
            assertThat(desk.logOutAll("cti-it", "the CTI server restarts")).isEqualTo(1);
            UserOffline gone = assertUserOffline(offline, anna);
            assertThat(gone.lastLogin()).contains(passive.id());
            assertThat(gone.lastKind()).contains(PASSIVE);
            Presence offlineNow = assertNext(changed, anna, OFFLINE, "logout " + passive.id());
            assertThat(offlineNow.version()).isEqualTo(gone.presence().version());
            awaitSees(colleague, anna, OFFLINE);
            // her next login reaches the watcher: the subscription manager asked to be alerted of it
            PresenceLogin back = desk.logIn(anna, CONSOLE, "it2-" + anna, "console:it2-" + anna,
                    Optional.of(AWAY), LEASE);
            Presence found = assertNext(changed, anna, AWAY, "login " + back.id());
            awaitSees(colleague, anna, AWAY);

            assertThat(colleague.newest(anna)).contains(found);
            assertThat(offline.waiting()).as("exactly one UserOffline in the whole scenario").isNull();
            assertThat(store.all()).filteredOn(stored -> stored.user().equals(anna)).singleElement()
                    .satisfies(stored -> {
                        assertThat(stored.version()).isEqualTo(found.version());
                        assertThat(stored.status()).isEqualTo(AWAY);
                    });
        } finally {
            desk.unwatchAll(colleague.id());
            desk.logOutAll("console:it2-" + anna, "the test ends");
        }
    }

    @Test
    @Tag("database")
    void aRestart_leavesTheWatcherRight_theAnnouncedLoginStays_andTheOneNotRebuiltGoesOffline() throws Exception {
        UserId erin = aUser();
        UserId finn = aUser();
        Colleague colleague = new Colleague("it:" + erin + "+" + finn);
        String session = "it-" + erin;
        announcements.add(() -> {
            desk.watch(colleague, List.of(erin, finn));
            desk.logIn(erin, CONSOLE, session, "console:" + session, Optional.of(AWAY), LEASE);
        });
        try (TopicReader changed = new TopicReader(jms, presenceChanged, finn.value())) {
            desk.watch(colleague, List.of(erin, finn));
            desk.logIn(erin, CONSOLE, session, "console:" + session, Optional.of(AWAY), LEASE);
            desk.logIn(finn, PASSIVE, "cti-it:" + finn, "cti-it-" + finn, Optional.empty(), LEASE);
            desk.setNote(finn, "in the lab");
            awaitSees(colleague, erin, AWAY);
            Presence before = Await.value("finn's note", () -> colleague.newest(finn)
                    .filter(presence -> presence.note().equals("in the lab")), DELIVERY);
            assertNext(changed, finn, AVAILABLE, "login passive:cti-it:" + finn);
            assertNext(changed, finn, AVAILABLE, "note");

            jmx.invoke(PRESENCE, "restart", new Object[0], new String[0]);

            Presence after = assertNext(changed, finn, OFFLINE, "restart", AFTER_RESTART);
            assertThat(after.version()).isGreaterThan(before.version());
            assertThat(after.note()).isEqualTo("in the lab");
            Await.until("the watcher sees finn offline", () -> colleague.sees(finn, OFFLINE), DELIVERY);
            assertThat(colleague.sees(erin, AWAY)).isTrue();
            assertThat(desk.fetch(erin).status()).isEqualTo(AWAY);
            assertThat(desk.logins(finn)).isEmpty();
        } finally {
            desk.unwatchAll(colleague.id());
            desk.logOutAll("console:" + session, "the test ends");
        }
    }

    @Test
    void theJmxViewAndTheAdminPage_showAUsersLoginsPresenceAndWatchers() throws Exception {
        UserId gail = aUser();
        Colleague colleague = new Colleague("it:" + gail);
        try {
            desk.watch(colleague, List.of(gail));
            String login = (String) jmx.invoke(PRESENCE, "logInPassive", new Object[] {gail.value(), "cti-ops", 300L},
                    new String[] {String.class.getName(), String.class.getName(), long.class.getName()});
            awaitSees(colleague, gail, AVAILABLE);

            String[] logins = lines("logins", gail);
            assertThat(logins).hasSize(2);
            assertThat(logins[1]).startsWith(login).contains("PASSIVE").contains("cti-ops");
            assertThat(lines("presence", gail)[1]).contains("available");
            assertThat(lines("watchers", gail)[1]).contains(colleague.id().value()).contains("FOUND");
            assertThat((Integer) jmx.getAttribute(PRESENCE, "LoginCount")).isPositive();
            String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    TestServer.http("/switchboard/presence.xhtml?user=" + gail)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(page).contains("<dd id=\"status\">available</dd>").contains(login)
                    .contains(colleague.id().value()).doesNotContain("#{");
            assertThat((Boolean) jmx.invoke(PRESENCE, "logOut", new Object[] {login},
                    new String[] {String.class.getName()})).isTrue();
            awaitSees(colleague, gail, OFFLINE);
        } finally {
            desk.unwatchAll(colleague.id());
        }
    }

    private String[] lines(String operation, UserId user) throws Exception {
        return (String[]) jmx.invoke(PRESENCE, operation, new Object[] {user.value()},
                new String[] {String.class.getName()});
    }

    private Presence assertNext(TopicReader reader, UserId user, PresenceStatus status, String cause)
            throws Exception {
        return assertNext(reader, user, status, cause, DELIVERY);
    }

    /** The next PresenceChanged: its properties, and its body decoded with the status and cause expected. */
    private Presence assertNext(TopicReader reader, UserId user, PresenceStatus status, String cause,
            Duration timeout) throws Exception {
        TopicReader.Read read = reader.next(timeout);
        assertProperties(read, PresenceEventsCodec.PRESENCE_CHANGED, user);
        PresenceChanged event = decoded(codec.decodePresenceChanged(read.json()));
        assertThat(event.presence().status()).as(read.json()).isEqualTo(status);
        assertThat(event.cause()).as(read.json()).startsWith(cause);
        return event.presence();
    }

    private UserOffline assertUserOffline(TopicReader reader, UserId user) throws Exception {
        TopicReader.Read read = reader.next(DELIVERY);
        assertProperties(read, PresenceEventsCodec.USER_OFFLINE, user);
        return decoded(codec.decodeUserOffline(read.json()));
    }

    private static void assertProperties(TopicReader.Read read, String eventType, UserId user) {
        assertThat(read.eventType()).isEqualTo(eventType);
        assertThat(read.schemaVersion()).isEqualTo(PresenceEventsCodec.VERSION);
        assertThat(read.user()).isEqualTo(user.value());
        assertThat(read.node()).isEqualTo(System.getProperty("switchboard.site.name"));
    }

    private static <E> E decoded(PresenceEventsCodec.Decoded<E> decoded) {
        assertThat(decoded).isInstanceOf(PresenceEventsCodec.Decoded.Ok.class);
        return ((PresenceEventsCodec.Decoded.Ok<E>) decoded).event();
    }

    private static void awaitSees(Colleague colleague, UserId user, PresenceStatus status) {
        Await.until(colleague.id() + " sees " + user + " " + status, () -> colleague.sees(user, status), DELIVERY);
    }

    private static UserId aUser() {
        return new UserId("it" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
    }
}
