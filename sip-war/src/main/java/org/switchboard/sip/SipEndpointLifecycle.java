package org.switchboard.sip;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.switchboard.health.CallAcceptance;
import org.switchboard.health.SipEndpointStatus;
import org.switchboard.health.model.ListeningPoint;
import org.switchboard.sip.options.OptionsHandler;

/**
 * Starts the SIP endpoint when the WAR deploys and stops it when it undeploys, reporting where it listens
 * to {@link SipEndpointStatus}. Settings come from system properties ({@link SipSettings}); OPTIONS follows
 * {@link CallAcceptance}. When a port cannot be bound the deployment fails with a message naming it.
 */
@WebListener
public class SipEndpointLifecycle implements ServletContextListener {

    @EJB
    CallAcceptance callAcceptance;

    @EJB
    SipEndpointStatus status;

    private SipEndpoint endpoint;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SipSettings settings = SipSettings.from(System::getProperty);
        SipDispatcher dispatcher = new SipDispatcher(List.of(new OptionsHandler(callAcceptance::current)));
        SipEndpoint started = new SipEndpoint(settings, dispatcher);
        List<ListeningPoint> points = started.start();
        try {
            status.started(points);
        } catch (RuntimeException e) {
            started.stop();
            throw e;
        }
        endpoint = started;
        SipLog.LOG.listening(points);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (endpoint == null) {
            return;
        }
        List<ListeningPoint> points = endpoint.listeningPoints();
        try {
            endpoint.stop();
        } finally {
            endpoint = null;
            status.stopped();
        }
        SipLog.LOG.stopped(points);
    }
}
