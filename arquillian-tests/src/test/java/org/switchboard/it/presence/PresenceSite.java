package org.switchboard.it.presence;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;

import org.jboss.arquillian.container.test.api.Deployer;
import org.switchboard.it.ScriptedPbx;
import org.switchboard.it.TestServer;
import org.switchboard.pbx.scripted.AmiAccount;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.pbx.scripted.LiveOffice;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.runtime.JmxRegistration;
import org.switchboard.testkit.sip.SipTransport;

/**
 * Everything around the deployed application in the randomised test, all over the real wire from the test JVM: the
 * scripted PBX (the recorded office: phones 201 to 204 registered, 205 not; each may unregister and register again),
 * the CTI integration over the presence API, two receptionists at desks 201 (console over TCP) and 202 (console over
 * the SIP WebSocket), a SIP publisher, the watchers (SIP subscribers over UDP, TCP and WebSocket,
 * the consoles, the API's fetch), the UserOffline subscriber, and the operators' levers (JMX, redeploy).
 */
final class PresenceSite implements AutoCloseable {

    /** The users of the run: desks with phones, phones, a phone not registered, and users with no phone at all. */
    static final List<String> USERS = List.of("201", "202", "203", "204", "205", "7001", "7002");
    /** The users whose phones the consoles show (so they watch them). */
    static final List<String> SHOWN = List.of("201", "202", "203", "204", "205");
    /** The phones the recorded office has registered: each a login of its user. */
    static final List<String> REGISTERED = List.of("201", "202", "203", "204");
    static final Duration RESTART = Duration.ofSeconds(90);
    /** The desk whose console connects over the SIP WebSocket, as the browser's console does; the other over TCP. */
    static final String DESK_OVER_WEBSOCKET = "202";

    private static final ObjectName PRESENCE = JmxRegistration.nameOf("Presence");
    private static final String CTI_PASSWORD = "cti-s3cret";
    /** The password of every user's SIP presence account (user name: the user id). */
    private static final String SIP_PASSWORD = "sip-s3cret";

    final ExpectedPresence model = new ExpectedPresence();
    final CtiIntegration cti;
    final List<ReceptionDesk> desks = new ArrayList<>();
    final SipPublisher publisher = new SipPublisher(SipTransport.UDP, SIP_PASSWORD);
    final HeardUserOffline offline = new HeardUserOffline();
    final MBeanServerConnection jmx;
    private final Deployer deployer;
    private final String deployment;
    private final List<SipSubscriber> subscribers = new ArrayList<>();
    private WebSocketSubscriber webSocketSubscriber;
    private ScriptedAmiServer pbx;
    private LiveOffice office;

    private PresenceSite(MBeanServerConnection jmx, Deployer deployer, String deployment, ScriptedAmiServer pbx) {
        this.jmx = jmx;
        this.deployer = deployer;
        this.deployment = deployment;
        this.pbx = pbx;
        this.office = pbx.office().answerOnCommand();
        String integration = "cti-random-" + UUID.randomUUID().toString().substring(0, 8);
        invoke(JmxRegistration.nameOf("Integrations"), "createIntegration", integration, CTI_PASSWORD);
        this.cti = new CtiIntegration(PresenceApiClient.as(integration, CTI_PASSWORD), USERS);
        USERS.forEach(this::presenceAccount);
        for (String desk : List.of("201", "202")) {
            String login = "random" + desk + "-" + UUID.randomUUID().toString().substring(0, 8);
            invoke(JmxRegistration.nameOf("Receptionists"), "createReceptionist", login, "Desk " + desk,
                    ReceptionDesk.PASSWORD, "PJSIP/" + desk, desk, "PersonalQueue" + desk, "GeneralQueue");
            desks.add(new ReceptionDesk(login, desk, SHOWN, desk.equals(DESK_OVER_WEBSOCKET)));
        }
        REGISTERED.forEach(user -> model.logIn(phone(user), user, LoginKind.PHONE, java.util.Optional.empty()));
    }

    /** The application deployed and connected to the scripted PBX; the site around it, nobody logged in yet. */
    static PresenceSite open(MBeanServerConnection jmx, Deployer deployer, String deployment) {
        ScriptedAmiServer pbx = startPbx();
        deployer.deploy(deployment);
        awaitApplication(pbx, 1);
        return new PresenceSite(jmx, deployer, deployment, pbx);
    }

    static String phone(String user) {
        return "phone:" + user;
    }

    /** The SIP subscribers subscribe to every user, over UDP, over TCP and over the SIP WebSocket. */
    void subscribe() {
        subscribers.add(SipSubscriber.subscribedTo(USERS, SipTransport.UDP, "7001", SIP_PASSWORD));
        subscribers.add(SipSubscriber.subscribedTo(USERS, SipTransport.TCP, "7002", SIP_PASSWORD));
        webSocketSubscriber = WebSocketSubscriber.subscribedTo(USERS, "7001", SIP_PASSWORD);
    }

    /** Every watcher the check reads: the SIP subscribers, the consoles logged in, and the API's fetch. */
    List<PresenceView> views() {
        List<PresenceView> views = new ArrayList<>(subscribers);
        if (webSocketSubscriber != null) {
            views.add(webSocketSubscriber);
        }
        desks.stream().filter(ReceptionDesk::loggedIn).forEach(views::add);
        views.add(cti);
        return views;
    }

    LiveOffice office() {
        return office;
    }

    /** The live logins of a user as the presence service lists them over JMX, counted by kind. */
    Map<LoginKind, Integer> loginKinds(String user) {
        String[] lines = (String[]) invoke(PRESENCE, "logins", user);
        Map<LoginKind, Integer> kinds = new EnumMap<>(LoginKind.class);
        for (int i = 1; i < lines.length; i++) {
            for (LoginKind kind : LoginKind.values()) {
                if (lines[i].contains(" " + kind.name() + " ")) {
                    kinds.merge(kind, 1, Integer::sum);
                }
            }
        }
        return kinds;
    }

    void restartPresence() {
        invoke(PRESENCE, "restart");
    }

    /** The scripted PBX stops (its calls gone) and starts again on the same port; the application reconnects. */
    void restartPbx() {
        pbx.close();
        pbx = startPbx();
        office = pbx.office().answerOnCommand();
        if (!pbx.awaitLogins(1, RESTART)) {
            throw new AssertionError("the application did not reconnect to the restarted PBX within " + RESTART);
        }
    }

    /**
     * The application is redeployed (everything of it stops and starts); the consoles lose their connections, and so
     * does the SIP subscriber over WebSocket, which subscribes again on a new one, as the browser's page does.
     */
    void redeploy() {
        int logins = pbx.logins();
        deployer.undeploy(deployment);
        desks.forEach(ReceptionDesk::dropped);
        deployer.deploy(deployment);
        awaitApplication(pbx, logins + 1);
        if (webSocketSubscriber != null) {
            webSocketSubscriber.resubscribe();
        }
    }

    private static void awaitApplication(ScriptedAmiServer pbx, int amiLogins) {
        TestServer.awaitSipEndpoint(RESTART);
        if (!pbx.awaitLogins(amiLogins, RESTART)) {
            throw new AssertionError("the application did not log in to the PBX within " + RESTART);
        }
    }

    private static ScriptedAmiServer startPbx() {
        return ScriptedPbx.withSipSide(ScriptedAmiServer.startOn(AmiAccount.of(System.getenv("SWB_AMI_USER"),
                System.getenv("SWB_AMI_SECRET")), Clock.systemUTC(), Integer.parseInt(System.getenv("SWB_AMI_PORT")))
                .seed(AmiTrace.recorded("startup-sync")));
    }

    /** The user's SIP presence account, made now or given the run's password (the database outlives a run). */
    private void presenceAccount(String user) {
        ObjectName accounts = JmxRegistration.nameOf("PresenceAccounts");
        String[] lines = (String[]) invoke(accounts, "listPresenceAccounts");
        boolean exists = java.util.Arrays.stream(lines).skip(1).anyMatch(line -> line.startsWith(user + " "));
        invoke(accounts, exists ? "setPresenceAccountPassword" : "createPresenceAccount", user, SIP_PASSWORD);
    }

    private Object invoke(ObjectName bean, String operation, String... arguments) {
        String[] signature = new String[arguments.length];
        java.util.Arrays.fill(signature, String.class.getName());
        try {
            return jmx.invoke(bean, operation, arguments, signature);
        } catch (JMException | IOException e) {
            throw new AssertionError(operation + " on " + bean + " failed", e);
        }
    }

    @Override
    public void close() {
        desks.forEach(ReceptionDesk::dropped);
        subscribers.forEach(SipSubscriber::close);
        if (webSocketSubscriber != null) {
            webSocketSubscriber.close();
        }
        publisher.close();
        cti.close();
        pbx.close();
    }
}
