package org.switchboard.sip;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.switchboard.console.ConsoleDesk;
import org.switchboard.console.ReceptionistAccounts;
import org.switchboard.health.HealthBoard;
import org.switchboard.health.SipEndpointStatus;
import org.switchboard.health.model.ListeningPoint;
import org.switchboard.presence.PresenceAccounts;
import org.switchboard.presence.PresenceDesk;
import org.switchboard.presence.SipWatchStore;
import org.switchboard.presence.model.PresenceSettings;
import org.switchboard.runtime.JmxRegistration;
import org.switchboard.sip.console.ConsoleLinksOps;
import org.switchboard.sip.console.ConsoleSipSettings;
import org.switchboard.sip.console.ConsoleTransport;
import org.switchboard.sip.options.OptionsHandler;
import org.switchboard.sip.options.OptionsSettings;
import org.switchboard.sip.presence.PresenceSipSettings;
import org.switchboard.sip.presence.SipPresence;
import org.switchboard.sip.presence.SipPresenceRestarts;
import org.switchboard.sip.presence.StoredSubscriptions;
import org.switchboard.sip.websocket.SipWebSocket;
import org.switchboard.sip.websocket.WebSocketSettings;

/**
 * Starts the SIP endpoint when the WAR deploys and stops it when it undeploys, reporting where it listens
 * to {@link SipEndpointStatus}. Settings come from system properties ({@link SipSettings},
 * {@link ConsoleSipSettings}); OPTIONS follows the {@link HealthBoard}'s verdict, leaving the PBX's qualify unanswered
 * while it refuses ({@link OptionsSettings}); console sessions go to the console service
 * ({@link ConsoleDesk}) over the console transport, their log ins checked against the receptionists' accounts.
 * SIP over WebSocket is added to this WAR at {@code /ws} ({@link SipWebSocket}, {@link WebSocketSettings}). When
 * a port cannot be bound the deployment fails with a message naming it. Presence goes to the presence service
 * ({@link PresenceDesk}): SUBSCRIBE and PUBLISH ({@link SipPresence}), authenticated against the receptionists' and
 * the presence accounts ({@link PresenceAccounts}), the stored subscriptions reloaded once the
 * endpoint runs and whenever the presence service restarts ({@link SipPresenceRestarts}).
 */
@WebListener
public class SipEndpointLifecycle implements ServletContextListener {

    @EJB
    HealthBoard health;

    @EJB
    SipEndpointStatus status;

    @EJB
    ConsoleDesk desk;

    @Inject
    ReceptionistAccounts accounts;

    @EJB
    PresenceDesk presenceDesk;

    @Inject
    PresenceAccounts presenceAccounts;

    @Inject
    PresenceSettings presenceSettings;

    @Inject
    SipWatchStore sipWatches;

    @Inject
    SipPresenceRestarts presenceRestarts;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private SipEndpoint endpoint;
    private ConsoleTransport console;
    private SipPresence presence;
    private JmxRegistration consoleLinks;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SipSettings settings = SipSettings.from(System::getProperty);
        WebSocketSettings webSocketSettings = WebSocketSettings.from(System::getProperty);
        SipSender sender = new SipSender();
        ConsoleTransport transport = new ConsoleTransport(ConsoleSipSettings.from(System::getProperty),
                accounts.settings().sipRealm(), desk, (login, realm) -> accounts.digestCredentials(login), sender,
                executor, scheduler, clock);
        SipPresence sipPresence = new SipPresence(PresenceSipSettings.from(System::getProperty, presenceSettings),
                accounts.settings().sipRealm(), presenceAccounts::credentials, presenceDesk,
                new StoredSubscriptions(sipWatches), sender, executor, scheduler, clock);
        List<SipRequestHandler> handlers = new ArrayList<>(List.of(new OptionsHandler(health::verdict,
                OptionsSettings.from(System::getProperty)),
                transport.handler()));
        handlers.addAll(sipPresence.handlers());
        SipDispatcher dispatcher = new SipDispatcher(handlers, SipLanes.over(executor), transport.activity());
        SipEndpoint started = new SipEndpoint(settings, webSocketSettings, dispatcher, sender);
        List<ListeningPoint> points;
        try {
            points = started.start();
            SipWebSocket.deploy(event.getServletContext(), webSocketSettings.origins(), started.webSockets());
            status.started(points);
        } catch (RuntimeException e) {
            sipPresence.close();
            transport.close();
            started.stop();
            throw e;
        }
        endpoint = started;
        console = transport;
        presence = sipPresence;
        presenceRestarts.serve(sipPresence);
        executor.execute(sipPresence::reload);
        consoleLinks = JmxRegistration.register(ConsoleLinksOps.TYPE, new ConsoleLinksOps(transport));
        SipLog.LOG.listening(points);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (endpoint == null) {
            return;
        }
        List<ListeningPoint> points = endpoint.listeningPoints();
        try {
            consoleLinks.close();
            presenceRestarts.serve(null);
            presence.close();
            console.close();
            endpoint.stop();
        } finally {
            console = null;
            presence = null;
            endpoint = null;
            status.stopped();
        }
        SipLog.LOG.stopped(points);
    }
}
